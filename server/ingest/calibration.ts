/**
 * Calibration of field confidence against hand labels: a `high` should almost always be right, and a
 * wrong value should almost always have said it was unsure (`medium` or `low`).
 */
import type { ConfidenceLevel } from './document.js';

/** Goals the calibration is held to. */
export const CALIBRATION_GOALS = { highRight: 0.99, wrongFlagged: 0.8 } as const;

export interface Calibration {
  /** Fields marked high, and how many of them are right. */
  high: { right: number; total: number };
  /** Wrong fields, and how many of them are marked medium or low. */
  wrong: { flagged: number; total: number };
  /** Fields per level, right and wrong. */
  levels: Record<ConfidenceLevel, { right: number; wrong: number }>;
}

export function emptyCalibration(): Calibration {
  return {
    high: { right: 0, total: 0 },
    wrong: { flagged: 0, total: 0 },
    levels: { high: { right: 0, wrong: 0 }, medium: { right: 0, wrong: 0 }, low: { right: 0, wrong: 0 } },
  };
}

/**
 * Counts one measured field. A field of a document that carries no confidence (read before it was
 * computed) counts as high: it claimed no doubt.
 */
export function countField(calibration: Calibration, level: ConfidenceLevel | undefined, right: boolean): void {
  const claimed = level ?? 'high';
  calibration.levels[claimed][right ? 'right' : 'wrong']++;
  if (claimed === 'high') {
    calibration.high.total++;
    if (right) calibration.high.right++;
  }
  if (!right) {
    calibration.wrong.total++;
    if (claimed !== 'high') calibration.wrong.flagged++;
  }
}

const share = (n: number, total: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : '—');

export function formatCalibration(calibration: Calibration): string[] {
  const { high, wrong, levels } = calibration;
  return [
    'Confidence calibration:',
    `  marked high, right      ${share(high.right, high.total).padStart(6)}  (${high.right}/${high.total}; goal ≥ ${CALIBRATION_GOALS.highRight * 100}%)`,
    `  wrong, marked med/low   ${share(wrong.flagged, wrong.total).padStart(6)}  (${wrong.flagged}/${wrong.total}; goal ≥ ${CALIBRATION_GOALS.wrongFlagged * 100}%)`,
    `  by level (right/wrong)  high ${levels.high.right}/${levels.high.wrong}, medium ${levels.medium.right}/${levels.medium.wrong}, low ${levels.low.right}/${levels.low.wrong}`,
  ];
}
