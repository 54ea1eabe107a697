/**
 * The drawing model of exports: the laid-out chart becomes boxes, text and lines at the places
 * and sizes the chart has them, text is cut to its box, the legend follows the mode, and the PNG
 * and PDF sizes keep within the browser's canvas and the paper.
 */
import { describe, expect, it } from 'vitest';
import { chartShapes } from '../../web/src/features/export/chart-shapes';
import { composeDrawing } from '../../web/src/features/export/compose';
import { fitText, shapeBox, wrapText, type Shape, type TextShape } from '../../web/src/features/export/drawing';
import { fileNameOf, headingOf } from '../../web/src/features/export/export-chart';
import { legendGroups } from '../../web/src/features/export/legend';
import { MIN_SCALE, PAPER, planPdf } from '../../web/src/features/export/pdf';
import { CANVAS_MAX_PIXELS, CANVAS_MAX_SIDE, pngSize } from '../../web/src/features/export/sizes';
import { measure, position, smallChart, t } from './export-fixture';

const texts = (shapes: Shape[]) => shapes.filter((s): s is TextShape => s.kind === 'text');
const heading = { title: 'Sotsiaalkindlustusamet', subtitle: 'Data as of 4 December 2026 · View: Structure' };
const structureLegend = legendGroups({ mode: 'structure', overlay: true, escalate: false }, t);

describe('the drawing of a laid-out chart', () => {
  const chart = chartShapes({ ...smallChart(), direction: 'TB' }, t, measure);

  it('spans the nodes’ bounds, moved to start at the top left corner', () => {
    // Nodes from x 0 to 600 + 272 and y 50 to 200 + 160.
    expect(chart.width).toBe(872);
    expect(chart.height).toBe(310);
    expect(chart.positions).toBe(3);
    expect(chart.units).toBe(2);
  });

  it('places a position inside a unit at the unit’s place plus its own', () => {
    const jurist = texts(chart.shapes).find((s) => s.text === 'Jurist')!;
    // The box at (0, 200) less the chart's top (50); the card 16, 46 into it; text after the bar and padding.
    expect(jurist.x).toBe(0 + 16 + 6 + 10);
    expect(jurist.y).toBeCloseTo(150 + 46 + 5 + 13.5);
  });

  it('names each unit with its kind and count, and marks an undocumented position', () => {
    const words = texts(chart.shapes).map((s) => s.text);
    expect(words).toContain('Õigusosakond');
    expect(words).toContain('department · 3 positions');
    expect(words.filter((w) => w === 'No job description')).toHaveLength(1);
    expect(words).toContain('0 substitutes');
  });

  it('draws a stepped line from the manager’s bottom to each report’s top, and an arrowed arc for a substitution', () => {
    const lines = chart.shapes.filter((s) => s.kind === 'line');
    const stepped = lines.filter((l) => !l.curve);
    expect(stepped).toHaveLength(3);
    const toJurist = stepped[0];
    expect(toJurist.points[0]).toEqual({ x: 100 + 128, y: 100 });
    expect(toJurist.points.at(-1)).toEqual({ x: 16 + 128, y: 150 + 46 });
    expect(toJurist.points.every((p, i) => i === 0 || p.x === toJurist.points[i - 1].x || p.y === toJurist.points[i - 1].y)).toBe(true);
    expect(lines.filter((l) => l.curve)).toHaveLength(1);
    // One arrowhead (the cards' coloured bands are polygons of more points).
    expect(chart.shapes.filter((s) => s.kind === 'polygon' && s.points.length === 3)).toHaveLength(1);
  });

  it('stacks unit boxes under lines and lines under cards', () => {
    const kinds = chart.shapes.map((s) => s.kind);
    const lastUnitText = chart.shapes.findIndex((s) => s.kind === 'text' && s.text === 'department · 3 positions');
    const firstLine = kinds.indexOf('line');
    const jurist = chart.shapes.findIndex((s) => s.kind === 'text' && s.text === 'Jurist');
    expect(lastUnitText).toBeLessThan(firstLine);
    expect(firstLine).toBeLessThan(jurist);
  });

  it('keeps every text of a card inside the card', () => {
    const long = 'Peadirektori asetäitja sotsiaalkindlustuse ja pensionite ning hüvitiste valdkonnas erakorraliste olukordade korral';
    const card = chartShapes({ nodes: [position(long, 0, 0, { specialization: 'väga pika nimega spetsialiseerumine', unitName: 'Pensionide ja hüvitiste osakond, väljamaksete talitus' })], edges: [], direction: 'TB' }, t, measure);
    const inside = texts(card.shapes);
    expect(inside.length).toBeGreaterThanOrEqual(4);
    for (const text of inside) {
      const box = shapeBox(text, measure);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(256 - 10 + 0.01);
      expect(text.y).toBeLessThanOrEqual(100);
    }
    expect(inside.filter((s) => s.font.weight === 'bold')).toHaveLength(2);
    expect(inside[1].text.endsWith('…')).toBe(true);
  });

  it('wraps many badges onto a second row inside the card, the unit’s line giving way as on screen', () => {
    const marked = position('Nõunik', 0, 0, {
      specialization: 'nõustamine',
      unitName: 'Õigusosakond',
      documented: false,
      correctedFields: ['title'],
      gapTone: 'critical',
      worstGap: 'NO_SUBSTITUTE',
      substituteCount: 0,
      coverage: 'none',
    });
    const card = chartShapes({ nodes: [marked], edges: [], direction: 'TB' }, t, measure);
    const words = texts(card.shapes).map((s) => s.text);
    expect(words).toEqual(expect.arrayContaining(['Nõunik', 'nõustamine', 'No substitute', '0 substitutes', 'No job description', 'corrected']));
    expect(words).not.toContain('Õigusosakond');
    const pills = card.shapes.filter((s) => s.kind === 'rect' && s.radius === 7.5);
    expect(pills).toHaveLength(4);
    expect(new Set(pills.map((p) => p.kind === 'rect' && p.y)).size).toBe(2);
    for (const pill of pills) {
      if (pill.kind !== 'rect') continue;
      expect(pill.x + pill.width).toBeLessThanOrEqual(256 - 10 + 0.01);
      expect(pill.y + pill.height).toBeLessThanOrEqual(100);
    }
  });

  it('draws left to right from the manager’s right side to the report’s left side', () => {
    const sideways = chartShapes({ nodes: [position('A', 0, 0), position('B', 400, 200)], edges: [{ ...smallChart().edges[0], source: 'A', target: 'B' }], direction: 'LR' }, t, measure);
    const line = sideways.shapes.find((s) => s.kind === 'line')!;
    expect(line.kind === 'line' && line.points[0]).toEqual({ x: 256, y: 50 });
    expect(line.kind === 'line' && line.points.at(-1)).toEqual({ x: 400, y: 250 });
  });
});

describe('text that must fit', () => {
  it('stays whole when it fits and is cut with an ellipsis when it does not', () => {
    const font = { size: 10, weight: 'normal' as const };
    expect(fitText('Jurist', 30, font, measure)).toBe('Jurist');
    const cut = fitText('Peadirektori asetäitja', 50, font, measure);
    expect(cut).toBe('Peadirekt…');
    expect(measure(cut, font)).toBeLessThanOrEqual(50);
  });

  it('wraps at words into the lines allowed, the last cut', () => {
    const font = { size: 10, weight: 'normal' as const };
    expect(wrapText('Osakonna juhataja asetäitja personali alal', 100, 2, font, measure)).toEqual(['Osakonna juhataja', 'asetäitja personali…']);
    expect(wrapText('Jurist', 100, 2, font, measure)).toEqual(['Jurist']);
  });
});

describe('the whole export', () => {
  const chart = chartShapes({ ...smallChart(), direction: 'TB' }, t, measure);

  it('puts the organisation, the date of the data and the legend above the chart, on white', () => {
    const drawing = composeDrawing(chart, heading, structureLegend, measure);
    const [background] = drawing.shapes;
    expect(background).toMatchObject({ kind: 'rect', x: 0, y: 0, width: drawing.width, height: drawing.height, fill: '#ffffff' });
    const words = texts(drawing.shapes).map((s) => s.text);
    expect(words.slice(0, 2)).toEqual([heading.title, heading.subtitle]);
    expect(words).toEqual(expect.arrayContaining(['Substitutes:', 'none', 'one', 'two or more', 'reports to (manager → report)', 'substitution, in both documents']));
    expect(drawing.width).toBe(872 + 64);
    const jurist = texts(drawing.shapes).find((s) => s.text === 'Jurist')!;
    const lowestLegend = Math.max(...texts(drawing.shapes).filter((s) => s.text.startsWith('substitution')).map((s) => s.y));
    expect(jurist.y).toBeGreaterThan(lowestLegend);
  });

  it('shows the legend of the mode: gap tones in coverage, absence marks in absence mode', () => {
    const coverage = legendGroups({ mode: 'coverage', overlay: false, escalate: false }, t);
    expect(coverage[0].label).toBe('Worst gap');
    expect(coverage[0].items).toHaveLength(6);
    expect(coverage.at(-1)!.items).toHaveLength(1);
    const absence = legendGroups({ mode: 'absence', overlay: false, escalate: false }, t);
    expect(absence[0].items.map((i) => i.label)).toEqual(['away, covered', 'away, nobody stands in', 'present, every substitute away']);
    expect(legendGroups({ mode: 'absence', overlay: false, escalate: true }, t)[0].items).toHaveLength(4);
  });

  it('states the date of the data and the mode, and names the file after the organisation and the date', () => {
    const subject = { organizations: ['Sotsiaalkindlustusamet'], dataDate: new Date('2026-12-04T10:00:00Z') };
    expect(headingOf(subject, { mode: 'coverage', overlay: false, escalate: false }, t, 'en')).toEqual({
      title: 'Sotsiaalkindlustusamet',
      subtitle: 'Data as of 4 December 2026 · View: Coverage',
    });
    expect(headingOf({ organizations: [], dataDate: null }, { mode: 'structure', overlay: false, escalate: false }, t, 'en').subtitle).toBe('date of the data unknown · View: Structure');
    expect(fileNameOf(subject, 'pdf-A3')).toBe('sotsiaalkindlustusamet-2026-12-04-A3.pdf');
    expect(fileNameOf({ organizations: ['Maa- ja Ruumiamet'], dataDate: null }, 'svg')).toBe('maa-ja-ruumiamet.svg');
  });
});

describe('sizes of the picture and the pages', () => {
  it('draws a small chart at twice its size and never passes the canvas limits', () => {
    expect(pngSize({ width: 1000, height: 800 })).toEqual({ width: 2000, height: 1600, scale: 2 });
    expect(pngSize({ width: 4000, height: 3000 }).scale).toBe(1);
    for (const [width, height] of [[489_000, 900], [30_000, 24_000], [16_385, 100], [100, 70_000]]) {
      const size = pngSize({ width, height });
      expect(size.width).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
      expect(size.height).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
      expect(size.width * size.height).toBeLessThanOrEqual(CANVAS_MAX_PIXELS);
      // Scaled as a whole: the picture keeps the chart's shape.
      expect(Math.abs(size.width / size.height / (width / height) - 1)).toBeLessThan(0.05);
    }
  });

  const label = (page: number, pages: number, row: number, column: number) => `page ${page}/${pages} r${row} c${column}`;

  it('prints a small chart on one page at up to its natural size', () => {
    const chart = chartShapes({ ...smallChart(), direction: 'TB' }, t, measure);
    const plan = planPdf(chart, heading, structureLegend, 'A4', label, measure);
    expect(plan.pages).toHaveLength(1);
    expect(plan.scale).toBeLessThanOrEqual(0.75);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(texts(plan.pages[0].frame).map((s) => s.text)).toEqual(expect.arrayContaining([heading.title, heading.subtitle, 'page 1/1 r1 c1', 'Substitutes:']));
  });

  it('cuts a large chart into pages at a scale where the smallest text prints at 6 pt, each page numbered with its place', () => {
    // A grid of 40 × 12 cards, 300 px apart: 12,000 × 2,400 px.
    const nodes = Array.from({ length: 480 }, (_, i) => position(`P${i}`, (i % 40) * 300, Math.floor(i / 40) * 200));
    const chart = chartShapes({ nodes, edges: [], direction: 'TB' }, t, measure);
    for (const paper of ['A4', 'A3'] as const) {
      const plan = planPdf(chart, heading, structureLegend, paper, label, measure);
      expect(plan.scale).toBeCloseTo(MIN_SCALE);
      expect(11 * plan.scale).toBeGreaterThanOrEqual(6 - 1e-9);
      const page = plan.pages[0].clip;
      expect(plan.columns).toBe(Math.ceil(chart.width / page.width));
      expect(plan.rows).toBe(Math.ceil(chart.height / page.height));
      expect(plan.pages).toHaveLength(plan.rows * plan.columns);
      expect((page.x + page.width) * plan.scale).toBeLessThanOrEqual(PAPER[paper].width);
      const last = plan.pages.at(-1)!;
      expect(texts(last.frame).at(-1)!.text).toBe(`page ${plan.pages.length}/${plan.pages.length} r${plan.rows} c${plan.columns}`);
      // Every card is on some page.
      const onPages = new Set(plan.pages.flatMap((p) => texts(p.chart).map((s) => s.text)));
      for (const node of nodes) expect(onPages.has(node.id)).toBe(true);
    }
    expect(planPdf(chart, heading, structureLegend, 'A3', label, measure).pages.length).toBeLessThan(planPdf(chart, heading, structureLegend, 'A4', label, measure).pages.length);
  });

  it('leaves out a page that would hold nothing but the inside of a box', () => {
    // Two cards far apart in one large unit: the pages between them show only the box.
    const nodes = [
      { ...smallChart().nodes[1], width: 20_000, height: 300 },
      position('Vasak', 10, 50, {}, 'Õigusosakond'),
      position('Parem', 19_700, 50, {}, 'Õigusosakond'),
    ];
    const plan = planPdf(chartShapes({ nodes, edges: [], direction: 'TB' }, t, measure), heading, structureLegend, 'A4', label, measure);
    expect(plan.columns).toBeGreaterThan(3);
    expect(plan.pages.length).toBe(2);
  });
});

describe('a chart that fits one page', () => {
  it('is printed on exactly one page, without a place in a grid', () => {
    // Wide and tall enough that the fitted scale lies between the smallest and the natural one.
    const nodes = Array.from({ length: 12 }, (_, i) => position(`P${i}`, (i % 4) * 290, Math.floor(i / 4) * 200));
    const chart = chartShapes({ nodes, edges: [], direction: 'TB' }, t, measure);
    // On A4 it fits below natural size (the width decides); on A3 at natural size.
    expect(planPdf(chart, heading, structureLegend, 'A4', () => '', measure).scale).toBeLessThan(0.75);
    for (const paper of ['A4', 'A3'] as const) {
      const plan = planPdf(chart, heading, structureLegend, paper, (page, pages, _row, _column, rows, columns) => `${page}/${pages} ${rows}x${columns}`, measure);
      expect(plan.scale).toBeGreaterThan(MIN_SCALE);
      expect(plan.scale).toBeLessThanOrEqual(0.75);
      expect([plan.rows, plan.columns, plan.pages.length]).toEqual([1, 1, 1]);
      expect(texts(plan.pages[0].frame).at(-1)!.text).toBe('1/1 1x1');
    }
  });
});
