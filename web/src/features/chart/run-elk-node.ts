import ELK from 'elkjs/lib/elk.bundled.js';
import type { RunElk } from './layout';

/** ELK on the calling thread (small charts, tests, the benchmark in Node). */
export function elkOnThisThread(): RunElk {
  const elk = new ELK();
  return (graph) => elk.layout(graph);
}
