/** Laid-out charts made by hand for the export tests, a fixed-width measure, and English labels. */
import type { ChartEdge, ChartNode, PositionNodeData } from '../../web/src/features/chart/flow-types';
import { COLLAPSED_UNIT_SIZE, POSITION_SIZE } from '../../web/src/features/chart/flow-types';
import { REPORTING_STYLE, substitutionStyle } from '../../web/src/features/chart/to-flow';
import type { Measure } from '../../web/src/features/export/drawing';
import type { Translate } from '../../web/src/i18n/I18nProvider';
import { format, LANGUAGES } from '../../web/src/i18n/labels';

export const t: Translate = (key, params) => format(LANGUAGES.en[key], params);

/** Every character half as wide as the font is tall (bold a little wider). */
export const measure: Measure = (text, font) => [...text].length * font.size * (font.weight === 'bold' ? 0.6 : 0.5);

export function position(id: string, x: number, y: number, data: Partial<PositionNodeData> = {}, parentId?: string): ChartNode {
  return {
    id,
    type: 'position',
    position: { x, y },
    width: POSITION_SIZE.width,
    height: POSITION_SIZE.height,
    ...(parentId ? { parentId } : {}),
    data: {
      title: data.baseTitle ?? id,
      baseTitle: id,
      specialization: null,
      unitName: null,
      documented: true,
      correctedFields: [],
      substituteCount: 2,
      coverage: 'many',
      ...data,
    },
  };
}

export function unit(id: string, x: number, y: number, size: { width: number; height: number }, options: { collapsed?: boolean; depth?: number; parentId?: string } = {}): ChartNode {
  return {
    id,
    type: 'unit',
    position: { x, y },
    width: size.width,
    height: size.height,
    ...(options.parentId ? { parentId: options.parentId } : {}),
    data: {
      name: id,
      unitKind: 'DEPARTMENT',
      depth: options.depth ?? 0,
      collapsed: !!options.collapsed,
      hasSubUnits: false,
      positionCount: 3,
      focused: false,
      loading: false,
      loadFailed: false,
    },
  };
}

export const reports = (source: string, target: string): ChartEdge => ({
  id: `reports:${target}`,
  type: 'reporting',
  source,
  target,
  data: { kind: 'reporting' },
  style: REPORTING_STYLE,
});

export const substitutes = (source: string, target: string): ChartEdge => {
  const style = substitutionStyle('CONFIRMED');
  return {
    id: `substitutes:${source}->${target}`,
    type: 'substitution',
    source,
    target,
    data: { kind: 'substitution', status: 'CONFIRMED', statedBy: [] },
    style: { stroke: style.stroke, strokeDasharray: style.dash, strokeWidth: style.width },
  };
};

/**
 * A head at (100, 50) above a department box at (0, 200) holding two positions (relative to the
 * box), a closed unit beside it, a reporting line to each report and one substitution line.
 */
export function smallChart(): { nodes: ChartNode[]; edges: ChartEdge[] } {
  const nodes = [
    position('Peadirektor', 100, 50),
    unit('Õigusosakond', 0, 200, { width: 560, height: 160 }),
    position('Jurist', 16, 46, { unitName: 'Õigusosakond' }, 'Õigusosakond'),
    position('Nõunik', 288, 46, { unitName: 'Õigusosakond', documented: false, substituteCount: 0, coverage: 'none' }, 'Õigusosakond'),
    unit('Finantsosakond', 600, 200, COLLAPSED_UNIT_SIZE, { collapsed: true }),
  ];
  const edges = [reports('Peadirektor', 'Jurist'), reports('Peadirektor', 'Nõunik'), reports('Peadirektor', 'Finantsosakond'), substitutes('Jurist', 'Nõunik')];
  return { nodes, edges };
}
