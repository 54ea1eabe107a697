/** The `orgraph generate` arguments, read strictly: a typo must not silently make another organisation. */
import { MAX_POSITIONS } from './index.js';

export function parsePositions(text: string): number {
  const value = /^\s*\d[\d_]*\s*$/.test(text) ? Number(text.replace(/_/g, '')) : NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_POSITIONS) {
    throw new Error(`--positions must be a whole number from 1 to ${MAX_POSITIONS.toLocaleString('en')}, not "${text}"`);
  }
  return value;
}

export function parseSeed(text: string): number {
  const value = /^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value)) throw new Error(`--seed must be a whole number, not "${text}"`);
  return value;
}
