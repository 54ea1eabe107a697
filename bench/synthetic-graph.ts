/**
 * A deterministic synthetic organisation as a coverage graph: departments › divisions › teams,
 * a lead per team, peers with the same title, and substitution lines of every sort.
 */
import { seededRandom } from '../server/generate/random.js';
import type { CoverageGraph, CoverageLine, CoveragePosition, CoverageUnit } from '../server/coverage/model.js';

export function syntheticCoverageGraph(positionCount: number, seed = 1): CoverageGraph {
  const { next } = seededRandom(seed);
  const units: CoverageUnit[] = [];
  const positions: CoveragePosition[] = [];
  const lines: CoverageLine[] = [];
  const titles = ['Spetsialist', 'Peaspetsialist', 'Nõunik', 'Koordinaator', 'Analüütik', 'Jurist'];
  let unitId = 0;
  let positionId = 0;
  while (positions.length < positionCount) {
    const department = ++unitId;
    units.push({ id: department, name: `Osakond ${department}`, parentId: null });
    for (let d = 0; d < 4 && positions.length < positionCount; d++) {
      const division = ++unitId;
      units.push({ id: division, name: `Talitus ${division}`, parentId: department });
      for (let t = 0; t < 3 && positions.length < positionCount; t++) {
        const team = ++unitId;
        units.push({ id: team, name: `Tiim ${team}`, parentId: division });
        const lead = ++positionId;
        positions.push(position(lead, 'Tiimijuht', team, null, next() < 0.8));
        const size = 3 + Math.floor(next() * 10);
        const members: number[] = [];
        for (let m = 0; m < size && positions.length < positionCount; m++) {
          const id = ++positionId;
          members.push(id);
          positions.push(position(id, titles[Math.floor(next() * titles.length)], team, lead, next() < 0.7));
        }
        members.forEach((id, i) => {
          const roll = next();
          if (roll < 0.1) return; // nobody named
          const peer = members[(i + 1) % members.length];
          lines.push(line(peer, id, next() < 0.6, next() < 0.5, 0));
          if (roll > 0.4) lines.push(line(lead, id, true, next() < 0.5, 1));
          if (roll > 0.9) lines.push({ substitute: { kind: 'GROUP', unitId: team, label: 'Tiimi teenistujad' }, substituted: pos(id), statedBySubstituted: true, statedBySubstitute: false, order: 2 });
          if (roll > 0.97) lines.push({ substitute: { kind: 'PLACEHOLDER', label: 'Juhi määratud ametnik' }, substituted: pos(id), statedBySubstituted: true, statedBySubstitute: false, order: 3 });
        });
      }
    }
  }
  return { units, positions, lines };
}

const pos = (positionId: number) => ({ kind: 'POSITION' as const, positionId });

function line(substitute: number, substituted: number, bySubstituted: boolean, bySubstitute: boolean, order: number): CoverageLine {
  return { substitute: pos(substitute), substituted: pos(substituted), statedBySubstituted: bySubstituted || !bySubstitute, statedBySubstitute: bySubstitute, order };
}

function position(id: number, title: string, unitId: number, managerId: number | null, documented: boolean): CoveragePosition {
  return {
    id,
    title,
    unitId,
    managerId,
    documented,
    vacant: null,
    requirements: documented ? { educationLevel: 'HIGHER', languages: [{ language: 'eesti', level: id % 3 ? 'C1' : 'B2' }] } : null,
    documentName: documented ? `synthetic-${id}.txt` : null,
  };
}
