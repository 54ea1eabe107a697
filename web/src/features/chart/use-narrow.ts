import { useEffect, useState, type RefObject } from 'react';

/** True while the element is narrower than `width` (a side panel or list has taken part of the screen). */
export function useNarrow(element: RefObject<HTMLElement | null>, width: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === 'undefined') return;
    const check = () => setNarrow(target.clientWidth > 0 && target.clientWidth < width);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(target);
    return () => observer.disconnect();
  });
  return narrow;
}
