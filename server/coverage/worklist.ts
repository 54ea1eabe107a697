/**
 * The HR worklist: one row per gap, with where the position sits and which documents to open.
 * Pure: built from the in-memory graph and the analysis result.
 */
import { stringify } from 'csv-stringify/sync';
import { placesByTitle, placeText } from '../org/distinguishing-place.js';
import type { CoverageGraph } from './model.js';
import type { analyzeCoverage } from './index.js';

export interface WorklistRow {
  unit: string;
  /** The title, with what tells it apart from same-titled positions in brackets. */
  position: string;
  gapKind: string;
  explanation: string;
  explanationEt: string;
  documents: string[];
}

type Report = ReturnType<typeof analyzeCoverage>;

export function gapWorklist(graph: CoverageGraph, report: Report): WorklistRow[] {
  const units = new Map(graph.units.map((u) => [u.id, u]));
  const positions = new Map(graph.positions.map((p) => [p.id, p]));
  const path = (unitId: number | null): string[] => {
    const names: string[] = [];
    for (let unit = unitId ? units.get(unitId) : undefined; unit; unit = unit.parentId ? units.get(unit.parentId) : undefined) names.unshift(unit.name);
    return names;
  };
  const withGaps = report.positions.filter((entry) => entry.gaps.length > 0).map((entry) => positions.get(entry.positionId)!);
  // Peers of a title with no gap count too: they are what the title must be told apart from.
  const titles = new Set(withGaps.map((p) => p.title));
  const places = placesByTitle(
    graph.positions.filter((p) => titles.has(p.title)).map((p) => ({ id: p.id, title: p.title, path: path(p.unitId), documentName: p.documentName })),
  );
  return report.positions.flatMap((entry) => {
    const position = positions.get(entry.positionId)!;
    const place = placeText(places.get(position.id));
    return entry.gaps.map((gap) => ({
      unit: path(position.unitId).join(' › '),
      position: place ? `${position.title} (${place})` : position.title,
      gapKind: gap.kind,
      explanation: gap.explanation,
      explanationEt: gap.explanationEt,
      documents: [...new Set([position.id, ...gap.relatedPositionIds].map((id) => positions.get(id)?.documentName).filter((n): n is string => !!n))],
    }));
  });
}

const COLUMNS = ['unit', 'position', 'gap kind', 'explanation', 'selgitus', 'source documents'];

/**
 * CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark, one header row. Titles and
 * file names come from uploaded documents, so a cell beginning with =, +, -, @, a tab or a carriage
 * return gets a leading ' (OWASP's advice against CSV injection): the spreadsheet shows it as text
 * instead of running it as a formula.
 */
export function worklistCsv(rows: WorklistRow[]): string {
  return (
    '\uFEFF' +
    stringify(
      rows.map((r) => [r.unit, r.position, r.gapKind, r.explanation, r.explanationEt, r.documents.join('; ')]),
      { header: true, columns: COLUMNS, record_delimiter: '\r\n', escape_formulas: true },
    )
  );
}
