import { useEffect, useState } from 'react';

/**
 * The chart and the coverage lists keep their own copies of the graph (fetched outside Apollo's
 * cache, see use-org-data.ts): a change made in this tab (a correction) announces itself here, so
 * that they fetch again, quietly, without a reload.
 */
const EVENT = 'orgraph:graphchange';

export function announceGraphChange(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** A number that grows with every change announced: an effect that depends on it runs again. */
export function useGraphVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((n) => n + 1);
    window.addEventListener(EVENT, bump);
    return () => window.removeEventListener(EVENT, bump);
  }, []);
  return version;
}
