import { useEffect, useRef, useState, type RefObject } from 'react';

/** True while the element is narrower than `width` (a side panel or list has taken part of the screen). */
export function useNarrow(element: RefObject<HTMLElement | null>, width: number): boolean {
  const [narrow, setNarrow] = useState(false);
  const watched = useRef<{ target: HTMLElement; observer: ResizeObserver } | null>(null);
  // After every render, as the element may appear later (the chart shows a status until laid out);
  // the observer reports sizes, so nothing is measured here (which would force a layout each time).
  useEffect(() => {
    const target = element.current;
    if (watched.current?.target === target || typeof ResizeObserver === 'undefined') return;
    watched.current?.observer.disconnect();
    watched.current = null;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      const seen = entry.contentRect.width;
      setNarrow(seen > 0 && seen < width);
    });
    observer.observe(target);
    watched.current = { target, observer };
  });
  useEffect(() => () => watched.current?.observer.disconnect(), []);
  return narrow;
}
