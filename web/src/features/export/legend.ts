/**
 * The legend of the chart's current mode, as the chart's Legend shows it, as data (groups of
 * swatches and labels) and laid out into shapes within a given width.
 */
import type { ChartMode } from '../../app/url-state';
import type { Translate } from '../../i18n/I18nProvider';
import { GAP_TONES, kindsOfTone, TONE_COLOR } from '../coverage/gap-severity';
import { REPORTING_STYLE, substitutionStyle } from '../chart/to-flow';
import { ABSENCE_COLOR, COVERAGE_COLOR, INK } from './card-style';
import { fitText, type Font, type Measure, type Shape, type Stroke } from './drawing';

export type Swatch = { kind: 'fill'; color: string } | { kind: 'dot'; color: string } | { kind: 'line'; stroke: Stroke };

export interface LegendGroup {
  /** Heading of the group, e.g. "Substitutes"; null for lines, which explain themselves. */
  label: string | null;
  items: { swatch: Swatch; label: string }[];
}

export interface LegendOptions {
  mode: ChartMode;
  /** Substitution lines are drawn. */
  overlay: boolean;
  /** Absence mode: managers take over (the chart then marks some positions so). */
  escalate: boolean;
}

export function legendGroups({ mode, overlay, escalate }: LegendOptions, t: Translate): LegendGroup[] {
  const groups: LegendGroup[] = [];
  if (mode === 'coverage') {
    groups.push({
      label: t('legend.gaps'),
      // Most severe first, as the side list is sorted.
      items: [...GAP_TONES].reverse().map((tone) => ({
        swatch: { kind: 'fill', color: TONE_COLOR[tone] },
        label: tone === 'ok' ? t('legend.tone.ok') : kindsOfTone(tone).map((kind) => t(`gap.kind.${kind}`)).join(', '),
      })),
    });
  } else if (mode === 'absence') {
    const marks = (['away', 'uncovered', 'fallback', 'at-risk'] as const).filter((mark) => mark !== 'fallback' || escalate);
    groups.push({ label: t('legend.absence'), items: marks.map((mark) => ({ swatch: { kind: 'fill', color: ABSENCE_COLOR[mark] }, label: t(`legend.absence.${mark}`) })) });
  } else {
    groups.push({
      label: t('legend.coverage'),
      items: (['none', 'one', 'many'] as const).map((coverage) => ({ swatch: { kind: 'dot', color: COVERAGE_COLOR[coverage] }, label: t(`legend.coverage.${coverage}`) })),
    });
  }
  const lines: LegendGroup['items'] = [{ swatch: { kind: 'line', stroke: { color: REPORTING_STYLE.stroke, width: REPORTING_STYLE.strokeWidth } }, label: t('legend.reporting') }];
  if (overlay) {
    for (const status of ['CONFIRMED', 'UNCONFIRMED', 'CONTRADICTED'] as const) {
      const style = substitutionStyle(status);
      lines.push({ swatch: { kind: 'line', stroke: { color: style.stroke, width: style.width, dash: style.dash.split(' ').map(Number) } }, label: t(`legend.${status.toLowerCase() as 'confirmed' | 'unconfirmed' | 'contradicted'}`) });
    }
  }
  groups.push({ label: null, items: lines });
  return groups;
}

const LABEL: Font = { size: 12, weight: 'bold' };
const ITEM: Font = { size: 12, weight: 'normal' };
const ROW = 20;

/** The legend from (x, y), each group on rows of its own, items flowing left to right within `width`. */
export function legendShapes(groups: readonly LegendGroup[], x: number, y: number, width: number, measure: Measure): { shapes: Shape[]; height: number } {
  const shapes: Shape[] = [];
  let top = y;
  for (const group of groups) {
    let left = x;
    if (group.label) {
      const heading = `${group.label}:`;
      shapes.push({ kind: 'text', x: left, y: top + 14, text: heading, font: LABEL, color: INK });
      left += measure(heading, LABEL) + 10;
    }
    for (const item of group.items) {
      const swatchWidth = item.swatch.kind === 'line' ? 30 : 12;
      const labelWidth = Math.min(measure(item.label, ITEM), width - swatchWidth - 6);
      if (left > x && left + swatchWidth + 6 + labelWidth > x + width) {
        left = x;
        top += ROW;
      }
      shapes.push(...swatchShapes(item.swatch, left, top + 10));
      left += swatchWidth + 6;
      shapes.push({ kind: 'text', x: left, y: top + 14, text: fitText(item.label, labelWidth, ITEM, measure), font: ITEM, color: INK });
      left += labelWidth + 16;
    }
    top += ROW;
  }
  return { shapes, height: top - y };
}

function swatchShapes(swatch: Swatch, x: number, middle: number): Shape[] {
  switch (swatch.kind) {
    case 'fill':
      return [{ kind: 'rect', x, y: middle - 6, width: 12, height: 12, radius: 2, fill: swatch.color, stroke: null }];
    case 'dot':
      return [{ kind: 'circle', x: x + 6, y: middle, r: 5, fill: swatch.color }];
    case 'line':
      return [{ kind: 'line', points: [{ x, y: middle }, { x: x + 30, y: middle }], stroke: swatch.stroke }];
  }
}
