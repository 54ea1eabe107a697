import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Position } from '../org/position.entity.js';
import { SubstitutionEdge, LineStatus, LineSource, SubstituteKind } from './substitution-edge.type.js';
import { Unit } from '../org/unit.entity.js';
import type { SubstitutionLine } from './substitution-line.entity.js';
import { lineStatus, statedBy } from './line-status.js';

@Resolver(() => Position)
export class SubstitutionResolver {
  @FieldResolver(() => [SubstitutionEdge], {
    description:
      'Positions that stand in for this one (asendajad): those named in its "Kes asendab" list and those whose "Keda asendab" list names it.',
  })
  async substitutes(@Root() position: Position, @Ctx() { loaders }: Context): Promise<SubstitutionEdge[]> {
    const lines = await loaders.linesBySubstituted.load(position.rowId);
    const other = (l: SubstitutionLine) => ({ id: l.substituteId, groupId: l.substituteGroupId, label: l.substituteLabel });
    return toEdges(lines, position, other, (l) => l.substitutedListOrder, loaders, 'substituted');
  }

  @FieldResolver(() => [SubstitutionEdge], {
    description: 'Positions this one stands in for: those in its "Keda asendab" list and those whose "Kes asendab" list names it.',
  })
  async substitutedFor(@Root() position: Position, @Ctx() { loaders }: Context): Promise<SubstitutionEdge[]> {
    const lines = await loaders.linesBySubstitute.load(position.rowId);
    const other = (l: SubstitutionLine) => ({ id: l.substitutedId, groupId: l.substitutedGroupId, label: l.substitutedLabel });
    return toEdges(lines, position, other, (l) => l.substituteListOrder, loaders, 'substitute');
  }
}

/** The other end of a line as seen from one side. */
interface OtherEnd {
  id: number | null;
  groupId: number | null;
  label: string | null;
}

async function toEdges(
  lines: SubstitutionLine[],
  self: Position,
  other: (l: SubstitutionLine) => OtherEnd,
  ownOrder: (l: SubstitutionLine) => number | null,
  loaders: Context['loaders'],
  selfSide: 'substitute' | 'substituted',
): Promise<SubstitutionEdge[]> {
  // A position without lines needs no loads (and no promises for them).
  if (!lines.length) return [];
  const ends = lines.map(other);
  const [positions, groups] = await Promise.all([
    loaders.position.loadMany(ends.map((e) => e.id ?? 0)),
    loaders.unit.loadMany(ends.map((e) => e.groupId ?? 0)),
  ]);
  const edges = lines.map((line, i) => {
    const position = ends[i].id ? (positions[i] as Position) : null;
    const group = ends[i].groupId ? (groups[i] as Unit) : null;
    // Only a documented position can contradict a line; groups and placeholders have no document.
    const otherDocumented = position?.documented ?? false;
    const [substituteDocumented, substitutedDocumented] = selfSide === 'substitute' ? [self.documented, otherDocumented] : [otherDocumented, self.documented];
    return {
      kind: (position ? 'POSITION' : group ? 'GROUP' : 'PLACEHOLDER') as SubstituteKind,
      position,
      group,
      label: position?.title ?? ends[i].label ?? '',
      statedBy: statedBy(line) as LineSource[],
      confirmed: line.substitutedListOrder !== null && line.substituteListOrder !== null,
      status: lineStatus(line, substituteDocumented, substitutedDocumented) as LineStatus,
      order: ownOrder(line),
    };
  });
  // The position's own list order first, then lines stated only by the other side.
  return edges.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
}
