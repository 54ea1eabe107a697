/**
 * A whole export: the organisation's name, the date of its data and the mode above, the legend
 * under them, then the chart, on white.
 */
import type { ChartShapes } from './chart-shapes';
import { INK, MUTED } from './card-style';
import { fitText, translate, type Drawing, type Font, type Measure, type Shape } from './drawing';
import { legendShapes, type LegendGroup } from './legend';

export interface Heading {
  /** The organisation's name. */
  title: string;
  /** E.g. "Data as of 4 December 2026 · View: Structure". */
  subtitle: string;
}

export const MARGIN = 32;
const TITLE: Font = { size: 24, weight: 'bold' };
const SUBTITLE: Font = { size: 13, weight: 'normal' };
/** Narrow charts still get room for their heading and legend. */
const MIN_WIDTH = 640;

/** Heading shapes from (x, y) within `width`; returns where the next thing may start. */
export function headingShapes(heading: Heading, x: number, y: number, width: number, measure: Measure): { shapes: Shape[]; height: number } {
  return {
    shapes: [
      { kind: 'text', x, y: y + 22, text: fitText(heading.title, width, TITLE, measure), font: TITLE, color: INK },
      { kind: 'text', x, y: y + 44, text: fitText(heading.subtitle, width, SUBTITLE, measure), font: SUBTITLE, color: MUTED },
    ],
    height: 52,
  };
}

export function composeDrawing(chart: ChartShapes, heading: Heading, legend: readonly LegendGroup[], measure: Measure): Drawing {
  const width = Math.ceil(Math.max(chart.width, MIN_WIDTH) + 2 * MARGIN);
  const inner = width - 2 * MARGIN;
  const head = headingShapes(heading, MARGIN, MARGIN, inner, measure);
  const legendTop = MARGIN + head.height + 8;
  const key = legendShapes(legend, MARGIN, legendTop, inner, measure);
  const chartTop = legendTop + key.height + 24;
  const height = Math.ceil(chartTop + chart.height + MARGIN);
  return {
    width,
    height,
    shapes: [
      { kind: 'rect', x: 0, y: 0, width, height, radius: 0, fill: '#ffffff', stroke: null },
      ...head.shapes,
      ...key.shapes,
      ...translate(chart.shapes, MARGIN, chartTop),
    ],
  };
}
