import type { CoverageOverviewQuery, GapKind } from '../../gql/graphql';
import { severityRank } from './gap-severity';

type Report = CoverageOverviewQuery['coverage'];
export type GapEntryGap = Report['positions'][number]['gaps'][number];

/** One position with gaps, as the side list shows it. */
export interface GapEntry {
  positionId: string;
  title: string;
  unitId: string | null;
  unitName: string | null;
  /** What tells it apart from positions with the same title (server's distinguishingPlace); null when its title is its own. */
  place: string | null;
  /** Its unit and every unit above it: choosing a department also lists its divisions' positions. */
  unitPath: string[];
  worstGap: GapKind | null;
  gaps: GapEntryGap[];
  /** Its substitution lines rest on a job-description field read with low confidence: worth checking against the text. */
  lowConfidence: boolean;
}

export interface UnitOption {
  id: string;
  name: string;
  depth: number;
}

/**
 * Coverage report → the positions that have gaps, most severe first (then by unit and title),
 * and the units to filter by, each under its parent. A position whose lines rest on fields read with
 * low confidence is listed even with no gap: its coverage may be a misreading.
 */
export function gapEntries(report: Report): { entries: GapEntry[]; units: UnitOption[] } {
  const parentOf = new Map(report.units.flatMap(({ unit }) => (unit ? [[unit.id, unit.parent?.id ?? null] as const] : [])));
  const unitPath = (unitId: string | null): string[] => {
    const path: string[] = [];
    for (let id = unitId; id && !path.includes(id); id = parentOf.get(id) ?? null) path.push(id);
    return path;
  };
  const entries: GapEntry[] = report.positions
    .filter((p) => p.gaps.length > 0 || p.lowConfidence)
    .map((p) => ({
      positionId: p.position.id,
      title: p.position.title,
      unitId: p.position.unit?.id ?? null,
      unitName: p.position.unit?.name ?? null,
      place: p.position.distinguishingPlace ?? null,
      unitPath: unitPath(p.position.unit?.id ?? null),
      worstGap: p.worstGap,
      gaps: p.gaps,
      lowConfidence: p.lowConfidence,
    }))
    .sort(
      (a, b) =>
        severityRank(a.worstGap) - severityRank(b.worstGap) ||
        (a.unitName ?? '').localeCompare(b.unitName ?? '', 'et') ||
        a.title.localeCompare(b.title, 'et'),
    );
  return { entries, units: unitTree(report.units.flatMap(({ unit }) => (unit ? [unit] : []))) };
}

/** Units in tree order (each followed by its sub-units, by name), for an indented list. */
function unitTree(units: { id: string; name: string; parent: { id: string } | null }[]): UnitOption[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, typeof units>();
  for (const unit of units) {
    const parent = unit.parent && ids.has(unit.parent.id) ? unit.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const out: UnitOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'et'))) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      out.push({ id: unit.id, name: unit.name, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export interface GapFilter {
  kind: GapKind | null;
  /** The unit listed, its sub-units included (null: every unit). */
  unitId: string | null;
  /** Only positions whose lines rest on fields read with low confidence. */
  lowConfidence?: boolean;
}

/** The entries in the unit (or below it) with a gap of the kind; only gaps of that kind are kept. */
export function filterGapEntries(entries: readonly GapEntry[], filter: GapFilter): GapEntry[] {
  const out: GapEntry[] = [];
  for (const entry of entries) {
    if (filter.unitId && !entry.unitPath.includes(filter.unitId)) continue;
    if (filter.lowConfidence && !entry.lowConfidence) continue;
    if (!filter.kind) {
      out.push(entry);
      continue;
    }
    const gaps = entry.gaps.filter((g) => g.kind === filter.kind);
    if (gaps.length) out.push({ ...entry, gaps });
  }
  return out;
}

/** How many positions have each kind (for the kind filter), most severe first. */
export function kindCounts(entries: readonly GapEntry[]): { kind: GapKind; count: number }[] {
  const counts = new Map<GapKind, number>();
  for (const entry of entries) for (const kind of new Set(entry.gaps.map((g) => g.kind))) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => severityRank(a.kind) - severityRank(b.kind));
}

/** The HR worklist download: the whole organisation, or one unit with its sub-units. */
export function worklistUrl(unitId: string | null): string {
  return unitId ? `/reports/coverage.csv?unit=${encodeURIComponent(unitId)}` : '/reports/coverage.csv';
}
