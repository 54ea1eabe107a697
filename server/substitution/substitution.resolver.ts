import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../request/context.js';
import type { LineWithEnd } from '../request/loaders.js';
import { related } from '../common/selection.js';
import { Position } from '../org/position.entity.js';
import { SubstitutionEdge, LineStatus, LineSource, SubstituteKind } from './substitution-edge.type.js';
import { Unit } from '../org/unit.entity.js';
import { lineStatus, statedBy } from './line-status.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';

@Resolver(() => Position)
export class SubstitutionResolver {
  @FieldResolver(() => [SubstitutionEdge], {
    description:
      `Positions that stand in for this one (asendajad): those named in its "Kes asendab" list and those whose "Keda asendab" list names it (the first ${LIST_BOUNDS.substitutes}).`,
    complexity: boundedList(LIST_BOUNDS.substitutes),
  })
  substitutes(@Root() position: Position, @Ctx() { loaders }: Context): SubstitutionEdge[] | Promise<SubstitutionEdge[]> {
    const known = loaders.known.linesBySubstituted.get(position.rowId);
    if (known) return toEdges(known, position, SUBSTITUTE_END, 'substituted');
    return loaders.linesBySubstituted.load(position.rowId).then((lines) => toEdges(lines, position, SUBSTITUTE_END, 'substituted'));
  }

  @FieldResolver(() => [SubstitutionEdge], {
    description: `Positions this one stands in for: those in its "Keda asendab" list and those whose "Kes asendab" list names it (the first ${LIST_BOUNDS.substitutedFor}).`,
    complexity: boundedList(LIST_BOUNDS.substitutedFor),
  })
  async substitutedFor(@Root() position: Position, @Ctx() { loaders }: Context): Promise<SubstitutionEdge[]> {
    return toEdges(await loaders.linesBySubstitute.load(position.rowId), position, SUBSTITUTED_END, 'substitute');
  }
}

@Resolver(() => SubstitutionEdge)
export class SubstitutionEdgeResolver {
  @FieldResolver(() => Position, { nullable: true, description: 'The position on the other end; null when the other end is a group or a placeholder.' })
  position(@Root() edge: SubstitutionEdge, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, Position, loaders.position, edge.positionRowId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'For a group: the unit whose staff (including its sub-units) make up the group.' })
  group(@Root() edge: SubstitutionEdge, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, Unit, loaders.unit, edge.groupRowId);
  }
}

/** The other end of a line as seen from one side, and that side's own place in its list. */
interface OtherEnd {
  id: number | null;
  groupId: number | null;
  label: string | null;
  ownOrder: number | null;
}

// Made once: every page of the chart turns hundreds of lines into edges.
const SUBSTITUTE_END = (l: LineWithEnd): OtherEnd => ({ id: l.substituteId, groupId: l.substituteGroupId, label: l.substituteLabel, ownOrder: l.substitutedListOrder });
const SUBSTITUTED_END = (l: LineWithEnd): OtherEnd => ({ id: l.substitutedId, groupId: l.substitutedGroupId, label: l.substitutedLabel, ownOrder: l.substituteListOrder });
const BY_OWN_ORDER = (a: SubstitutionEdge, b: SubstitutionEdge) => (a.order ?? Infinity) - (b.order ?? Infinity);

function toEdges(lines: LineWithEnd[], self: Position, other: (l: LineWithEnd) => OtherEnd, selfSide: 'substitute' | 'substituted'): SubstitutionEdge[] {
  if (!lines.length) return [];
  const edges: SubstitutionEdge[] = [];
  for (const line of lines) {
    const end = other(line);
    // Only a documented position can contradict a line; groups and placeholders have no document.
    const otherDocumented = end.id ? Boolean(line.endDocumented) : false;
    const [substituteDocumented, substitutedDocumented] = selfSide === 'substitute' ? [self.documented, otherDocumented] : [otherDocumented, self.documented];
    edges.push({
      kind: (end.id ? 'POSITION' : end.groupId ? 'GROUP' : 'PLACEHOLDER') as SubstituteKind,
      positionRowId: end.id,
      groupRowId: end.groupId,
      label: (end.id ? line.endTitle : null) ?? end.label ?? '',
      statedBy: statedBy(line) as LineSource[],
      confirmed: line.substitutedListOrder !== null && line.substituteListOrder !== null,
      status: lineStatus(line, substituteDocumented, substitutedDocumented) as LineStatus,
      order: end.ownOrder,
    });
  }
  // The position's own list order first, then lines stated only by the other side.
  return edges.length > 1 ? edges.sort(BY_OWN_ORDER) : edges;
}
