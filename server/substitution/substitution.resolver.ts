import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Position } from '../org/position.entity.js';
import { SubstitutionEdge, LineStatus, LineSource } from './substitution-edge.type.js';
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
    return toEdges(lines, position, (l) => l.substituteId, (l) => l.substitutedListOrder, loaders, 'substituted');
  }

  @FieldResolver(() => [SubstitutionEdge], {
    description: 'Positions this one stands in for: those in its "Keda asendab" list and those whose "Kes asendab" list names it.',
  })
  async substitutedFor(@Root() position: Position, @Ctx() { loaders }: Context): Promise<SubstitutionEdge[]> {
    const lines = await loaders.linesBySubstitute.load(position.rowId);
    return toEdges(lines, position, (l) => l.substitutedId, (l) => l.substituteListOrder, loaders, 'substitute');
  }
}

async function toEdges(
  lines: SubstitutionLine[],
  self: Position,
  otherId: (l: SubstitutionLine) => number,
  ownOrder: (l: SubstitutionLine) => number | null,
  loaders: Context['loaders'],
  selfSide: 'substitute' | 'substituted',
): Promise<SubstitutionEdge[]> {
  const others = await loaders.position.loadMany(lines.map(otherId));
  const edges = lines.map((line, i) => {
    const other = others[i] as Position;
    const [substitute, substituted] = selfSide === 'substitute' ? [self, other] : [other, self];
    return {
      position: other,
      statedBy: statedBy(line) as LineSource[],
      confirmed: line.substitutedListOrder !== null && line.substituteListOrder !== null,
      status: lineStatus(line, substitute.documented, substituted.documented) as LineStatus,
      order: ownOrder(line),
    };
  });
  // The position's own list order first, then lines stated only by the other side.
  return edges.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
}
