import { seededRandom } from '../../server/generate/random';
import { buildStructure } from '../../server/generate/structure';
import type { OrgData } from '../../web/src/features/chart/org-data';
import { position, unit } from './org-fixture';

/** A generated organisation (`orgraph generate`'s structure) in the shape the chart queries return. */
export function generatedOrg(size: number, seed = 1): OrgData {
  const org = buildStructure(seededRandom(seed), size, 'Näidisamet');
  return {
    units: org.units.map((u) =>
      unit(`U${u.id}`, u.name, u.kind, u.parent ? `U${u.parent.id}` : undefined, u.positions.length),
    ),
    positions: org.positions.map((p) =>
      position(`P${p.id}`, {
        title: p.title.base,
        unitId: p.unit ? `U${p.unit.id}` : undefined,
        managerId: p.manager ? `P${p.manager.id}` : undefined,
      }),
    ),
  };
}
