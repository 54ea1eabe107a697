/**
 * The naive baseline: the API's own schema (schema.graphql) with plain per-field resolvers and
 * no DataLoader, for the fields the client's chart and side-panel queries use. Every relation of
 * every row issues its own SQL through the same TypeORM DataSource (the N+1 pattern).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { IsNull, type DataSource } from 'typeorm';
import { listPage } from '../../server/common/connection.js';
import { rowId } from '../../server/common/node.js';
import { listOrganizations, listPositions } from '../../server/org/org.service.js';
import { Unit } from '../../server/org/unit.entity.js';
import { Position } from '../../server/org/position.entity.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { SubstitutionLine } from '../../server/substitution/substitution-line.entity.js';
import { lineStatus, statedBy } from '../../server/substitution/line-status.js';

const SDL = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export interface NaiveContext {
  dataSource: DataSource;
}

type Resolver = GraphQLFieldResolver<any, NaiveContext, any>;

/** A page of a list read whole, as the API pages it (`first`, `after`: the last item's ID). */
const page = async <T extends { id: string }>(items: Promise<T[]>, args: { first: number; after?: string | null }) => listPage(await items, args.first, args.after, (item) => item.id);

const units = (c: NaiveContext) => c.dataSource.getRepository(Unit);
const positions = (c: NaiveContext) => c.dataSource.getRepository(Position);
const unitById = (c: NaiveContext, id: number | null) => (id ? units(c).findOneBy({ rowId: id }) : null);
const positionById = (c: NaiveContext, id: number | null) => (id ? positions(c).findOneBy({ rowId: id }) : null);

/** One side's substitution lines, each other end fetched on its own. */
async function edges(c: NaiveContext, self: Position, side: 'substituted' | 'substitute') {
  const where = side === 'substituted' ? { substitutedId: self.rowId } : { substituteId: self.rowId };
  const lines = await c.dataSource.getRepository(SubstitutionLine).find({ where, order: { rowId: 'ASC' } });
  const out = [];
  for (const line of lines) {
    const [otherId, groupId, label, order] =
      side === 'substituted'
        ? [line.substituteId, line.substituteGroupId, line.substituteLabel, line.substitutedListOrder]
        : [line.substitutedId, line.substitutedGroupId, line.substitutedLabel, line.substituteListOrder];
    const position = await positionById(c, otherId);
    const group = await unitById(c, groupId);
    const otherDocumented = position?.documented ?? false;
    const [substituteDocumented, substitutedDocumented] = side === 'substitute' ? [self.documented, otherDocumented] : [otherDocumented, self.documented];
    out.push({
      kind: position ? 'POSITION' : group ? 'GROUP' : 'PLACEHOLDER',
      position,
      group,
      label: position?.title ?? label ?? '',
      statedBy: statedBy(line),
      confirmed: line.substitutedListOrder !== null && line.substituteListOrder !== null,
      status: lineStatus(line, substituteDocumented, substitutedDocumented),
      order,
    });
  }
  return out.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
}

const RESOLVERS: Record<string, Record<string, Resolver>> = {
  Query: {
    organizations: (_, __, c) => listOrganizations(c.dataSource),
    units: (_, args, c) => page(units(c).find({ where: args.organizationId ? { organizationId: rowId(args.organizationId, 'Organization') ?? -1 } : {}, order: { organizationId: 'ASC', depth: 'ASC', name: 'ASC', rowId: 'ASC' } }), args),
    unit: (_, args, c) => unitById(c, rowId(args.id, 'Unit')),
    position: (_, args, c) => positionById(c, rowId(args.id, 'Position')),
    positions: (_, { filter, first, after }, c) =>
      listPositions(c.dataSource, { ...filter, unitRowId: filter?.unitId ? (rowId(filter.unitId, 'Unit') ?? -1) : null }, first, after ?? null),
  },
  Organization: {
    topUnits: (o, args, c) => page(units(c).find({ where: { organizationId: o.rowId, parentId: IsNull() }, order: { depth: 'ASC', name: 'ASC', rowId: 'ASC' } }), args),
  },
  Unit: {
    parent: (u, _, c) => unitById(c, u.parentId),
    positions: (u, args, c) => page(positions(c).find({ where: { unitId: u.rowId }, order: { documented: 'ASC', title: 'ASC', rowId: 'ASC' } }), args),
    positionCount: (u, _, c) => positions(c).countBy({ unitId: u.rowId }),
  },
  Position: {
    unit: (p, _, c) => unitById(c, p.unitId),
    manager: (p, _, c) => positionById(c, p.managerId),
    reports: (p, args, c) => page(positions(c).find({ where: { managerId: p.rowId }, order: { title: 'ASC', rowId: 'ASC' } }), args),
    reportingChain: async (p, _, c) => {
      const chain: Position[] = [];
      const seen = new Set([p.rowId]);
      for (let id = p.managerId; id && !seen.has(id); ) {
        const manager = await positionById(c, id);
        if (!manager) break;
        chain.push(manager);
        seen.add(id);
        id = manager.managerId;
      }
      return chain;
    },
    substitutes: (p, _, c) => edges(c, p, 'substituted'),
    substitutedFor: (p, _, c) => edges(c, p, 'substitute'),
    jobDescription: (p, _, c) => (p.jobDescriptionId ? c.dataSource.getRepository(JobDescription).findOneBy({ rowId: p.jobDescriptionId }) : null),
  },
};

/** schema.graphql with the resolvers above; every other field reads the property of its name. */
export function naiveSchema(): GraphQLSchema {
  const schema = buildSchema(readFileSync(SDL, 'utf8'));
  for (const [typeName, fields] of Object.entries(RESOLVERS)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [field, resolve] of Object.entries(fields)) type.getFields()[field].resolve = resolve;
  }
  return schema;
}
