// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collapsedForLevels, positionsShown, withSubtreeOpen } from '../../web/src/features/chart/expand';
import { indexOrg } from '../../web/src/features/chart/org-data';
import { generatedOrg } from './layout-generated-org';
import { smallOrg } from './org-fixture';

describe('expanding the chart level by level', () => {
  const org = smallOrg();
  const index = indexOrg(org);

  it('closes every unit below the departments at one level, below their sub-units at two, and none for all', () => {
    expect([...collapsedForLevels(org, index, 1)].sort()).toEqual(['T1', 'V1']);
    expect([...collapsedForLevels(org, index, 2)]).toEqual(['T1']);
    expect(collapsedForLevels(org, index, 'all').size).toBe(0);
  });

  it('opens a unit with every unit below it, leaving other units as they were', () => {
    expect([...withSubtreeOpen(new Set(['D2', 'V1', 'T1']), index, 'V1')]).toEqual(['D2']);
  });

  it('counts the positions a view would draw, fetched or not', () => {
    const generated = generatedOrg(2_000);
    const generatedIndex = indexOrg(generated);
    expect(positionsShown(generated, generatedIndex, new Set(), null)).toBe(2_000);
    const opening = collapsedForLevels(generated, generatedIndex, 1);
    const shown = positionsShown(generated, generatedIndex, opening, null);
    const atTop = generated.positions.filter((p) => !p.unit || !generated.units.find((u) => u.id === p.unit!.id)!.parent).length;
    expect(shown).toBe(atTop);
    // Not fetched yet: the API's count stands in for a unit's positions.
    const unfetched = { ...generated, positions: generated.positions.filter((p) => !p.unit), loadedUnits: new Set<string>() };
    expect(positionsShown(unfetched, indexOrg(unfetched), new Set(), null)).toBe(2_000);
  });
});
