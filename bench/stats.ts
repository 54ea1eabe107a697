/** Small helpers for the benchmark tables. */

/** The q-quantile (0..1) of samples, nearest rank. */
import { seededRandom } from '../server/generate/random.js';
export function quantile(samples: number[], q: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '–');
export const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–');
export const rate = (count: number, millis: number) => Math.round((count * 1000) / millis).toLocaleString('en');

/** A range of integers as "7" or "6–8". */
export function span(values: number[]): string {
  if (!values.length) return '–';
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
}

/** A deterministic shuffle (the generator's seeded random), so every run asks for the same things in the same order. */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  return seededRandom(seed).shuffle(items);
}
