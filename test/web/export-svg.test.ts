/**
 * The SVG export is a vector document an XML parser reads: shapes and text only (no
 * foreignObject), its size in pixels, white from the corner, and text escaped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chartShapes } from '../../web/src/features/export/chart-shapes';
import { composeDrawing } from '../../web/src/features/export/compose';
import { legendGroups } from '../../web/src/features/export/legend';
import { escapeXml, toSvg } from '../../web/src/features/export/svg';
import { measure, position, smallChart, t } from './export-fixture';

const legend = legendGroups({ mode: 'structure', overlay: true, escalate: false }, t);
const heading = { title: 'Amet <&"> ja Co', subtitle: 'Data as of 4 December 2026 · View: Structure' };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_name: string, _path: unknown, _leaf: boolean, attribute: boolean) => !attribute, textNodeName: '#text', trimValues: false });

function svgOf(nodes = smallChart().nodes, edges = smallChart().edges) {
  const chart = chartShapes({ nodes, edges, direction: 'TB' }, t, measure);
  const drawing = composeDrawing(chart, heading, legend, measure);
  const text = toSvg(drawing, heading.title);
  return { chart, drawing, text, svg: parser.parse(text).svg[0] };
}

describe('the SVG export', () => {
  it('is well-formed XML with its size in pixels and a matching viewBox', () => {
    const { text, svg, drawing } = svgOf();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(svg.width).toBe(`${drawing.width}px`);
    expect(svg.height).toBe(`${drawing.height}px`);
    expect(svg.viewBox).toBe(`0 0 ${drawing.width} ${drawing.height}`);
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
  });

  it('holds shapes and text only, and no HTML', () => {
    const { text, svg } = svgOf();
    expect(text).not.toMatch(/foreignObject|<div|<span|xhtml/i);
    const elements = Object.keys(svg).filter((k) => Array.isArray(svg[k]));
    expect(elements.sort()).toEqual(['circle', 'path', 'rect', 'text', 'title']);
  });

  it('starts with a white rectangle over the whole picture, from its top left corner', () => {
    const { svg, drawing } = svgOf();
    expect(svg.rect[0]).toMatchObject({ x: '0', y: '0', width: String(drawing.width), height: String(drawing.height), fill: '#ffffff' });
  });

  it('draws one text per line of each card, unit and legend entry, and a path per line and arrowhead', () => {
    const { svg, drawing, chart } = svgOf();
    expect(svg.text).toHaveLength(drawing.shapes.filter((s) => s.kind === 'text').length);
    // Three reporting lines, one substitution arc, four lines in the legend; then filled paths:
    // the arrowhead and each card's coloured band.
    expect(svg.path.filter((p: Record<string, string>) => p.fill === 'none')).toHaveLength(3 + 1 + 4);
    expect(svg.path.filter((p: Record<string, string>) => p.fill !== 'none')).toHaveLength(1 + 3);
    // A card is one rounded box with its outline, then a badge for each mark.
    expect(chart.positions).toBe(3);
    const cards = svg.rect.filter((r: Record<string, string>) => r.rx === '8' && r.stroke);
    expect(cards).toHaveLength(3);
  });

  it('escapes <, & and " in names and titles, so that the text reads back as written', () => {
    const title = 'Jurist <vanem> & "nõunik"';
    const { text, svg } = svgOf([position(title, 0, 0, { unitName: 'R&D <osakond>' })], []);
    expect(XMLValidator.validate(text)).toBe(true);
    const read = svg.text.map((node: { '#text': string }) => node['#text']);
    expect(read).toContain('Amet <&"> ja Co');
    expect(read.some((s: string) => s.startsWith('Jurist <vanem>'))).toBe(true);
    expect(read).toContain('R&D <osakond>');
    expect(svg.title[0]).toBe('Amet <&"> ja Co');
    expect(escapeXml('a\u0001b<')).toBe('ab&lt;');
  });

  it('grows with the chart, not with the markup of the page', () => {
    const nodes = Array.from({ length: 130 }, (_, i) => position(`Ametikoht ${i}`, (i % 13) * 300, Math.floor(i / 13) * 140));
    const { text, svg, drawing } = svgOf(nodes, []);
    expect(svg.width).toBe(`${drawing.width}px`);
    expect(drawing.width).toBe(12 * 300 + 256 + 64);
    // Well under the 11.7 MB the page's markup made for 130 cards.
    expect(text.length).toBeLessThan(250_000);
  });
});
