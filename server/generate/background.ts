/**
 * The ordinary substitution lines around the planted gaps: most positions have two stand-ins
 * named in both documents, chosen among colleagues in their unit, their reports and their manager.
 * No one stands in for more than three (more is a planted gap), and first substitutes never go
 * round in a ring of three or more (a planted gap too); two colleagues standing in for each other is normal.
 */
import { addLine, hasLine, leadsBackTo } from './lines.js';
import type { GenOrganization, GenPosition } from './model.js';
import type { Random } from './random.js';
import type { TitleIndex } from './references.js';

/** The coverage analysis's default: standing in for more than this many is OVERLOADED_SUBSTITUTE. */
const MOST_COVERED = 3;

export function addBackgroundLines(organization: GenOrganization, index: TitleIndex, random: Random): void {
  const open = organization.positions
    .filter((position) => position.documented && !position.closed)
    .map((position) => ({ position, candidates: colleagues(organization, position).filter((other) => index.mutual(position, other)) }));
  // Those with the fewest possible stand-ins choose first, before others take up their only one.
  open.sort((a, b) => a.candidates.length - b.candidates.length || a.position.id - b.position.id);
  for (const { position, candidates } of open) {
    const wanted = random.chance(0.04) ? 1 : random.chance(0.92) ? 2 : 3;
    if (position.kes.length >= wanted) continue;
    const available = candidates.filter((other) => other.load < MOST_COVERED && !hasLine(position, other));
    // A peer with the very same title stands in first, as job descriptions usually say.
    const ordered = [...available.filter((c) => c.key === position.key), ...random.shuffle(available.filter((c) => c.key !== position.key))];
    if (!position.first) {
      const first = ordered.find((c) => c.first === position) ?? ordered.find((c) => !leadsBackTo(c, position));
      if (!first) continue;
      addLine(index, position, first);
    }
    for (const other of ordered) {
      if (position.kes.length >= wanted) break;
      if (other.load < MOST_COVERED && !hasLine(position, other)) addLine(index, position, other);
    }
  }
}

/** Who can stand in: the positions of the same unit (or the top), the position's reports and its manager. */
function colleagues(organization: GenOrganization, position: GenPosition): GenPosition[] {
  const found = new Set<GenPosition>(position.unit ? position.unit.positions : organization.top);
  for (const report of position.reports) found.add(report);
  if (position.manager) found.add(position.manager);
  found.delete(position);
  return [...found];
}
