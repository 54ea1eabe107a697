import { describe, expect, it } from 'vitest';
import { absenceMarks } from '../../web/src/features/coverage/absence-marks';
import { GAP_SEVERITY, TONE_COLOR } from '../../web/src/features/coverage/gap-severity';
import { gapMarkOf, gapMarks } from '../../web/src/features/coverage/gap-marks';
import { markModes } from '../../web/src/features/chart/decorate';
import type { PositionFlowNode } from '../../web/src/features/chart/flow-types';
import { toFlow } from '../../web/src/features/chart/to-flow';
import { absenceImpact, coverageReport } from './coverage-fixture';
import { smallOrg } from './org-fixture';

const positionData = (nodes: ReturnType<typeof markModes>, id: string) => (nodes.find((n) => n.id === id) as PositionFlowNode).data;

describe('colouring by worst gap', () => {
  it('puts each position on the colour scale by its worst gap; no gap is green', () => {
    const marks = gapMarks(coverageReport().positions);
    const classOf = (id: string) => marks.get(id)!.className;
    expect(classOf('director')).toBe('gap-tone-ok');
    expect(classOf('head')).toBe('gap-tone-critical'); // NO_SUBSTITUTE
    expect(classOf('divHead')).toBe('gap-tone-high'); // SINGLE_SUBSTITUTE (its contradicted line is less severe)
    expect(classOf('member')).toBe('gap-tone-low'); // UNCONFIRMED_LINE
    expect(marks.get('director')).toEqual({ worstGap: null, tone: 'ok', className: 'gap-tone-ok', color: TONE_COLOR.ok });
    expect(marks.get('divHead')!.worstGap).toBe('SINGLE_SUBSTITUTE');
    expect(TONE_COLOR.ok).toBe('#2e9d57');
  });

  it('never makes a less severe gap a darker step than a more severe one', () => {
    const steps = ['ok', 'low', 'moderate', 'serious', 'high', 'critical'];
    const stepOf = (kind: (typeof GAP_SEVERITY)[number] | null) => steps.indexOf(gapMarkOf(kind).tone);
    for (let i = 1; i < GAP_SEVERITY.length; i++) expect(stepOf(GAP_SEVERITY[i])).toBeLessThanOrEqual(stepOf(GAP_SEVERITY[i - 1]));
    expect(stepOf(GAP_SEVERITY[0])).toBe(steps.length - 1);
    expect(stepOf(null)).toBe(0);
  });

  it('draws the marks on the chart nodes, new objects only for the positions that change', () => {
    const { nodes } = toFlow(smallOrg(), { collapsed: new Set(), overlay: false });
    const gap = gapMarks(coverageReport().positions);
    const marked = markModes(nodes, { gap, absence: null });
    expect(positionData(marked, 'head')).toMatchObject({ worstGap: 'NO_SUBSTITUTE', gapTone: 'critical' });
    expect(positionData(marked, 'director')).toMatchObject({ worstGap: null, gapTone: 'ok' });
    // Units are left alone; drawing the same marks again changes nothing.
    expect(marked.find((n) => n.id === 'D1')).toBe(nodes.find((n) => n.id === 'D1'));
    const again = markModes(marked, { gap, absence: null });
    again.forEach((node, i) => expect(node).toBe(marked[i]));
    // Leaving the mode takes the marks off.
    expect(positionData(markModes(marked, { gap: null, absence: null }), 'head').gapTone).toBeUndefined();
  });
});

describe('absence marks', () => {
  it('marks the absent at once, and who is uncovered, falls back or is at risk once the server answers', () => {
    const absent = ['teamLead', 'adviser', 'head'];
    expect(Object.fromEntries(absenceMarks(absent, null))).toEqual({ teamLead: 'away', adviser: 'away', head: 'away' });
    expect(Object.fromEntries(absenceMarks(absent, absenceImpact()))).toEqual({
      teamLead: 'away',
      adviser: 'uncovered',
      head: 'fallback',
      member: 'at-risk',
    });
  });

  it('does not show an older answer where it no longer holds', () => {
    // adviser marked present again while the answer for the old set is still shown.
    expect(Object.fromEntries(absenceMarks(['teamLead', 'head', 'member'], absenceImpact()))).toEqual({
      teamLead: 'away',
      head: 'fallback',
      member: 'away',
    });
  });

  it('draws them on the chart nodes; present positions are marked as being in absence mode', () => {
    const { nodes } = toFlow(smallOrg(), { collapsed: new Set(), overlay: false });
    const marked = markModes(nodes, { gap: null, absence: absenceMarks(['teamLead', 'adviser', 'head'], absenceImpact()) });
    expect(positionData(marked, 'member').absence).toBe('at-risk');
    expect(positionData(marked, 'adviser').absence).toBe('uncovered');
    expect(positionData(marked, 'director').absence).toBeNull();
  });
});
