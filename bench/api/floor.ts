/**
 * The floor for the API benchmarks: each client query answered by a few hand-written SQL
 * statements and serialised by hand to the JSON the API gives (typenames included). No GraphQL
 * runs here; the route takes the same JSON body, so HTTP and body parsing cost the same.
 */
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { toGlobalId, rowId } from '../../server/common/node.js';
import { fromCursor, toCursor } from '../../server/common/connection.js';
import { lineStatus, statedBy } from '../../server/substitution/line-status.js';
import type { ParsedDocument } from '../../server/ingest/document.js';
import { QUERIES, type OperationName } from './queries.js';

type Json = Record<string, unknown>;
type Row = Record<string, any>;

/** The page size the chart's ChartPositions asks for. */
const PAGE = Number(/positions\(first: (\d+)/.exec(QUERIES.ChartPositions)![1]);
const ref = (type: 'Unit' | 'Position', id: number | null) => (id ? { id: toGlobalId(type, id), __typename: type } : null);
const placeholders = (ids: unknown[]) => ids.map(() => '?').join(',') || 'NULL';

/** Substitution lines into these positions, with what the edges need of the other end. */
async function linesInto(db: DataSource, ids: number[]): Promise<Map<number, Row[]>> {
  const rows: Row[] = await db.query(
    `SELECT l.substituted_id, l.substitute_id, l.substitute_group_id, l.substitute_label,
            l.substituted_list_order, l.substitute_list_order, s.title, s.documented
       FROM substitution_line l LEFT JOIN position s ON s.id = l.substitute_id
      WHERE l.substituted_id IN (${placeholders(ids)}) ORDER BY l.id`,
    ids,
  );
  const out = new Map<number, Row[]>();
  for (const row of rows) {
    const list = out.get(row.substituted_id);
    if (list) list.push(row);
    else out.set(row.substituted_id, [row]);
  }
  return out;
}

const byOwnOrder = <T extends { order: number | null }>(edges: T[]) => edges.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
const facts = (l: Row) => ({ substitutedListOrder: l.substituted_list_order, substituteListOrder: l.substitute_list_order });

/** The chart's `substitutes` edges of one position. */
function chartEdges(lines: Row[] = [], selfDocumented: boolean) {
  const edges = lines.map((l) => ({
    order: l.substituted_list_order as number | null,
    edge: {
      kind: l.substitute_id ? 'POSITION' : l.substitute_group_id ? 'GROUP' : 'PLACEHOLDER',
      label: l.title ?? l.substitute_label ?? '',
      position: ref('Position', l.substitute_id),
      group: ref('Unit', l.substitute_group_id),
      status: lineStatus(facts(l), Boolean(l.documented), selfDocumented),
      statedBy: statedBy(facts(l)),
      __typename: 'SubstitutionEdge',
    },
  }));
  return byOwnOrder(edges).map((e) => e.edge);
}

const POSITION_COLUMNS = 'id, title, specialization, documented, unit_id, manager_id';

function chartPosition(p: Row, lines: Map<number, Row[]>): Json {
  return {
    id: toGlobalId('Position', p.id),
    title: p.title,
    specialization: p.specialization,
    documented: Boolean(p.documented),
    unit: ref('Unit', p.unit_id),
    manager: ref('Position', p.manager_id),
    substitutes: chartEdges(lines.get(p.id), Boolean(p.documented)),
    __typename: 'Position',
  };
}

/** The page of `rows` after the row whose global ID is `after`, as the API pages a list it reads whole. */
function pageAfter(rows: Row[], type: 'Unit' | 'Position', after: string | null | undefined): Row[] {
  const from = after ? rows.findIndex((row) => toGlobalId(type, row.id) === after) + 1 : 0;
  return after && from === 0 ? [] : rows.slice(from, from + PAGE);
}

async function chartUnits(db: DataSource, { after }: { after?: string | null }): Promise<Json> {
  const all: Row[] = await db.query(
    `SELECT u.id, u.name, u.kind, u.parent_id, (SELECT count(*) FROM position p WHERE p.unit_id = u.id) AS n
       FROM unit u ORDER BY u.organization_id, u.depth, u.name, u.id`,
  );
  const units = pageAfter(all, 'Unit', after);
  const [{ total }] = await db.query('SELECT count(*) AS total FROM position');
  return {
    units: units.map((u) => ({ id: toGlobalId('Unit', u.id), name: u.name, kind: u.kind, positionCount: u.n, parent: ref('Unit', u.parent_id), __typename: 'Unit' })),
    positions: { totalCount: total, __typename: 'PositionConnection' },
  };
}

async function chartPositions(db: DataSource, { after }: { after?: string | null }): Promise<Json> {
  const afterId = after ? fromCursor(after) : null;
  const [{ total }] = await db.query('SELECT count(*) AS total FROM position');
  const rows: Row[] = await db.query(`SELECT ${POSITION_COLUMNS} FROM position WHERE id > ? ORDER BY id LIMIT ?`, [afterId ?? 0, PAGE + 1]);
  const page = rows.slice(0, PAGE);
  const lines = await linesInto(db, page.map((p) => p.id));
  return {
    positions: {
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > PAGE, endCursor: page.length ? toCursor(page[page.length - 1].id) : null, __typename: 'PageInfo' },
      nodes: page.map((p) => chartPosition(p, lines)),
      __typename: 'PositionConnection',
    },
  };
}

async function topPositions(db: DataSource, { after }: { after?: string | null }): Promise<Json> {
  const afterId = after ? fromCursor(after) : null;
  const rows: Row[] = await db.query(`SELECT ${POSITION_COLUMNS} FROM position WHERE unit_id IS NULL AND id > ? ORDER BY id LIMIT ?`, [afterId ?? 0, PAGE + 1]);
  const page = rows.slice(0, PAGE);
  const lines = await linesInto(db, page.map((p) => p.id));
  return {
    positions: {
      pageInfo: { hasNextPage: rows.length > PAGE, endCursor: page.length ? toCursor(page[page.length - 1].id) : null, __typename: 'PageInfo' },
      nodes: page.map((p) => chartPosition(p, lines)),
      __typename: 'PositionConnection',
    },
  };
}

async function unitPositions(db: DataSource, { id, after }: { id: string; after?: string | null }): Promise<Json> {
  const unitId = rowId(id, 'Unit');
  const [unit] = await db.query('SELECT id FROM unit WHERE id = ?', [unitId ?? -1]);
  if (!unit) return { unit: null };
  const all: Row[] = await db.query(`SELECT ${POSITION_COLUMNS} FROM position WHERE unit_id = ? ORDER BY documented, title, id`, [unit.id]);
  const positions = pageAfter(all, 'Position', after);
  const lines = await linesInto(db, positions.map((p) => p.id));
  return { unit: { id: toGlobalId('Unit', unit.id), positions: positions.map((p) => chartPosition(p, lines)), __typename: 'Unit' } };
}

const link = (id: number, title: string) => ({ id: toGlobalId('Position', id), title, __typename: 'Position' });

/** The side panel's edges: `side` is the column naming this position. */
async function detailEdges(db: DataSource, positionId: number, selfDocumented: boolean, side: 'substituted' | 'substitute') {
  const other = side === 'substituted' ? 'substitute' : 'substituted';
  const lines: Row[] = await db.query(
    `SELECT l.${other}_id AS other_id, l.${other}_group_id AS group_id, l.${other}_label AS label,
            l.substituted_list_order, l.substitute_list_order, p.title, p.documented, g.name AS group_name
       FROM substitution_line l LEFT JOIN position p ON p.id = l.${other}_id LEFT JOIN unit g ON g.id = l.${other}_group_id
      WHERE l.${side}_id = ? ORDER BY l.id`,
    [positionId],
  );
  const edges = lines.map((l) => {
    const otherDocumented = Boolean(l.documented);
    const [substituteDocumented, substitutedDocumented] = side === 'substitute' ? [selfDocumented, otherDocumented] : [otherDocumented, selfDocumented];
    return {
      order: (side === 'substituted' ? l.substituted_list_order : l.substitute_list_order) as number | null,
      edge: {
        status: lineStatus(facts(l), substituteDocumented, substitutedDocumented),
        statedBy: statedBy(facts(l)),
        kind: l.other_id ? 'POSITION' : l.group_id ? 'GROUP' : 'PLACEHOLDER',
        label: l.title ?? l.label ?? '',
        position: l.other_id ? link(l.other_id, l.title) : null,
        group: l.group_id ? { id: toGlobalId('Unit', l.group_id), name: l.group_name, __typename: 'Unit' } : null,
        __typename: 'SubstitutionEdge',
      },
    };
  });
  return byOwnOrder(edges).map((e) => e.edge);
}

const typed = <T extends object>(typename: string, items: T[]) => items.map((item) => ({ ...item, __typename: typename }));

function jobDescription(row: Row): Json {
  const d: ParsedDocument = JSON.parse(row.document);
  const r = d.requirements;
  return {
    id: toGlobalId('JobDescription', row.id),
    sourceName: row.source_name,
    purpose: d.purpose,
    duties: d.duties.map((x) => ({ number: x.number, text: x.text, results: x.results, __typename: 'Duty' })),
    rights: d.rights,
    responsibilities: d.responsibilities,
    requirements: {
      education: r.education,
      experience: r.experience,
      computerSkills: r.computerSkills,
      domainKnowledge: r.domainKnowledge,
      languages: r.languages.map((l) => ({ language: l.language, level: l.level, alternatives: l.alternatives, text: l.text, __typename: 'LanguageRequirement' })),
      other: r.other.map((o) => ({ label: o.label, text: o.text, __typename: 'LabelledText' })),
      __typename: 'Requirements',
    },
    competencies: d.competencies.map((c) => ({ group: c.group, items: c.items, __typename: 'CompetencyGroup' })),
    additionalCompetencies: d.additionalCompetencies.map((c) => ({ name: c.name, description: c.description, __typename: 'NamedDescription' })),
    workTools: d.workTools,
    amendment: d.amendment,
    approval: d.approval && { date: d.approval.date, issuer: d.approval.issuer, number: d.approval.number, __typename: 'Approval' },
    contractAnnex: d.contractAnnex && { contractNumber: d.contractAnnex.contractNumber, __typename: 'ContractAnnex' },
    signatures: d.signatures.map((s) => ({ name: s.name, party: s.party, role: s.role, __typename: 'Signature' })),
    sourceText: row.source_text,
    sources: typed('SourceRange', Object.entries(d.sources).map(([field, range]) => ({ field, start: range.start, end: range.end }))),
    warnings: d.warnings.map((w) => ({ line: w.line, message: w.message, __typename: 'ParseWarning' })),
    __typename: 'JobDescription',
  };
}

async function positionDetails(db: DataSource, { id }: { id: string }): Promise<Json> {
  const [p]: Row[] = await db.query(
    `SELECT p.id, p.title, p.specialization, p.documented, p.unit_id, p.manager_id, p.job_description_id, u.name AS unit_name, u.kind AS unit_kind, m.title AS manager_title
       FROM position p LEFT JOIN unit u ON u.id = p.unit_id LEFT JOIN position m ON m.id = p.manager_id WHERE p.id = ?`,
    [rowId(id, 'Position') ?? -1],
  );
  if (!p) return { position: null };
  // Managers up the chain; the walk stops at the first position seen before (a cycle).
  const chain: Row[] = await db.query(
    `WITH RECURSIVE chain(id, title, manager_id, n) AS (
       SELECT id, title, manager_id, 1 FROM position WHERE id = ?
       UNION ALL SELECT m.id, m.title, m.manager_id, c.n + 1 FROM position m JOIN chain c ON m.id = c.manager_id WHERE c.n < 10000)
     SELECT id, title FROM chain ORDER BY n`,
    [p.manager_id ?? -1],
  );
  const seen = new Set([p.id]);
  const reportingChain = [];
  for (const m of chain) {
    if (seen.has(m.id)) break;
    seen.add(m.id);
    reportingChain.push(link(m.id, m.title));
  }
  const reports: Row[] = await db.query('SELECT id, title FROM position WHERE manager_id = ? ORDER BY title, id', [p.id]);
  const documented = Boolean(p.documented);
  const substitutes = await detailEdges(db, p.id, documented, 'substituted');
  const substitutedFor = await detailEdges(db, p.id, documented, 'substitute');
  const [jd] = p.job_description_id ? await db.query('SELECT id, source_name, source_text, document FROM job_description WHERE id = ?', [p.job_description_id]) : [];
  return {
    position: {
      id: toGlobalId('Position', p.id),
      title: p.title,
      specialization: p.specialization,
      documented,
      unit: p.unit_id ? { id: toGlobalId('Unit', p.unit_id), name: p.unit_name, kind: p.unit_kind, __typename: 'Unit' } : null,
      manager: p.manager_id ? link(p.manager_id, p.manager_title) : null,
      reportingChain,
      reports: reports.map((r) => link(r.id, r.title)),
      substitutes,
      substitutedFor,
      jobDescription: jd ? jobDescription(jd) : null,
      __typename: 'Position',
    },
  };
}

const HANDLERS: Record<OperationName, (db: DataSource, variables: any) => Promise<Json>> = {
  ChartUnits: chartUnits,
  ChartPositions: chartPositions,
  TopPositions: topPositions,
  UnitPositions: unitPositions,
  PositionDetails: positionDetails,
};

/** POST handler: the operation named in the body, answered as `{ data }`. */
export function floorRoute(db: DataSource) {
  return async (req: Request, res: Response) => {
    const handler = HANDLERS[req.body?.operationName as OperationName];
    if (!handler) return void res.status(400).json({ errors: [{ message: 'unknown operation' }] });
    res.json({ data: await handler(db, req.body.variables ?? {}) });
  };
}
