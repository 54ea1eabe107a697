import { describe, expect, it } from 'vitest';
import { coverageOfPosition, documentedSubstituteCount } from '../../web/src/features/chart/coverage';
import type { PositionFlowNode } from '../../web/src/features/chart/flow-types';
import { toFlow } from '../../web/src/features/chart/to-flow';
import { groupLine, placeholderLine, position, smallOrg } from './org-fixture';

describe("structure mode's colour of a position's substitutes", () => {
  it('draws substitutes none of whom has a job description like no substitute at all', () => {
    const onlyUndocumented = position('p', { substitutes: [['a', 'UNCONFIRMED', false], ['b', 'UNCONFIRMED', false]] });
    expect(documentedSubstituteCount(onlyUndocumented)).toBe(0);
    expect(coverageOfPosition(onlyUndocumented)).toBe('none');
  });

  it('counts every substitute once one of them has a job description', () => {
    const mixed = position('p', { substitutes: [['a', 'CONFIRMED'], ['b', 'UNCONFIRMED', false]] });
    expect(documentedSubstituteCount(mixed)).toBe(1);
    expect(coverageOfPosition(mixed)).toBe('many');
    expect(coverageOfPosition(position('p', { substitutes: [['a', 'CONFIRMED']] }))).toBe('one');
  });

  it('never counts a placeholder as documented, and counts a group of staff as documented', () => {
    expect(coverageOfPosition(position('p', { otherSubstitutes: [placeholderLine('vastavalt asendusskeemile')] }))).toBe('none');
    expect(coverageOfPosition(position('p', { otherSubstitutes: [groupLine('D2', 'Osakonna teenistujad')] }))).toBe('one');
    expect(coverageOfPosition(position('p'))).toBe('none');
  });

  it('puts the colour on the chart node while the badge still counts every substitute', () => {
    const org = smallOrg();
    org.positions.push(position('clerk', { title: 'Sekretär', unitId: 'D2', substitutes: [['adviser', 'UNCONFIRMED', false]] }));
    const { nodes } = toFlow(org, { collapsed: new Set(), overlay: false });
    const clerk = nodes.find((n) => n.id === 'clerk') as PositionFlowNode;
    expect(clerk.data).toMatchObject({ coverage: 'none', substituteCount: 1 });
    expect((nodes.find((n) => n.id === 'member') as PositionFlowNode).data.coverage).toBe('many');
  });
});
