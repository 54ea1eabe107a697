import { useEffect, useState, type RefObject } from 'react';

/** True while the element is narrower than `width` (a side panel or list has taken part of the screen). */
export function useNarrow(element: RefObject<HTMLElement | null>, width: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === 'undefined') return;
    // The observer reports the first size too; reading it here, on every render, would force layout.
    const observer = new ResizeObserver(([entry]) => {
      const seen = entry.contentRect.width;
      setNarrow(seen > 0 && seen < width);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, width]);
  return narrow;
}
