/**
 * The org graph of one organisation, derived from its job descriptions by pure functions.
 * The database stores the documents; units, positions and lines are rebuilt from them on
 * every import and synchronised by key, so the result never depends on import order.
 */
import type { ParsedDocument } from '../ingest/document.js';
import type { UnitKind } from '../ingest/estonian/units.js';
import { bareUnitNoun, unitKey, unitKind } from '../ingest/estonian/units.js';
import { classifyReference } from '../ingest/estonian/references.js';
import { headKey, titleKey, splitSpecialization } from '../ingest/estonian/titles.js';
import { mergeSimilarUnits, type UnitMerge } from './unit-merge.js';
import { placementLevel } from './head-titles.js';
import { knownTitleWithEnding } from './case-endings.js';
import { isLocalTitle } from './local-titles.js';
import { ambiguousMessage, crossUnitMessage, placeText, type AmbiguousReference, type CrossUnitReference, type PositionPlace } from './reference-notes.js';
import { distance } from 'fastest-levenshtein';

export interface GraphDocument {
  /** Stable identity of the document within its organisation (its source name). */
  key: string;
  parsed: ParsedDocument;
  /** Raw text, used to choose between spellings of a unit name. */
  text: string;
}

export interface GraphUnit {
  key: string;
  name: string;
  kind: UnitKind;
  parentKey: string | null;
  depth: number;
}

export interface GraphPosition {
  key: string;
  unitKey: string | null;
  title: string;
  titleKey: string;
  specialization: string | null;
  documentKey: string | null;
  managerKey: string | null;
  holder: string | null;
  /** Other spellings of the title that references used (typos merged into this position). */
  aliases?: string[];
}

/**
 * A substitution line between two ends. An end is a position key, `group:<unit key>` (any staff
 * of that unit; its label is in `OrgGraph.groupLabels`) or `placeholder:<label>` (someone to be designated).
 */
export interface GraphSubstitution {
  substituteKey: string;
  substitutedKey: string;
  /** Stated in the substituted position's "who substitutes" list (Kes asendab), at this 0-based place. */
  substitutedListOrder: number | null;
  /** Stated in the substitute's "whom it substitutes" list (Keda asendab), at this 0-based place. */
  substituteListOrder: number | null;
}

export interface OrgGraph {
  units: GraphUnit[];
  positions: GraphPosition[];
  substitutions: GraphSubstitution[];
  merges: UnitMerge[];
  /** Names documents give groups ("Osakonna teenistujad"), by group end key. */
  groupLabels: Map<string, string>;
  /** Reporting lines the manager's and the subordinate's documents disagree on. */
  conflicts: ReportingConflict[];
  /** References taken as the one position with that title outside the referring unit's chain. */
  crossUnitReferences: CrossUnitReference[];
  /** References with several such positions, kept as undocumented positions in the referring unit. */
  ambiguousReferences: AmbiguousReference[];
}

export function buildGraph(documents: GraphDocument[]): OrgGraph {
  const docs = [...documents].sort((a, b) => a.key.localeCompare(b.key));
  const { paths, merges } = mergeSimilarUnits(
    docs.map((d) => d.parsed.unitPath),
    docs.map((d) => d.text),
  );
  const units = new Map<string, GraphUnit>();
  const unitOfDoc = new Map<string, string | null>();
  docs.forEach((doc, i) => unitOfDoc.set(doc.key, addPath(units, paths[i])));

  const positions = new Map<string, GraphPosition>();
  for (const doc of docs) {
    const { parsed } = doc;
    positions.set(`doc:${doc.key}`, {
      key: `doc:${doc.key}`,
      unitKey: unitOfDoc.get(doc.key) ?? null,
      title: parsed.title,
      titleKey: titleKey(parsed.title),
      specialization: parsed.specialization,
      documentKey: doc.key,
      managerKey: null,
      holder: parsed.signatures.find((s) => s.party === 'EMPLOYEE')?.name ?? null,
    });
  }

  const resolver = new ReferenceResolver(units, positions);
  /** "Alluvad" lists: the manager's side of reporting lines. */
  const claims: { managerKey: string; subordinateKey: string }[] = [];
  const lines = new Map<string, GraphSubstitution>();
  const line = (substituteKey: string, substitutedKey: string) => {
    const id = `${substituteKey}>${substitutedKey}`;
    if (!lines.has(id)) lines.set(id, { substituteKey, substitutedKey, substitutedListOrder: null, substituteListOrder: null });
    return lines.get(id)!;
  };

  for (const doc of docs) {
    const self = positions.get(`doc:${doc.key}`)!;
    const { parsed } = doc;
    if (parsed.manager) self.managerKey = resolver.resolve(parsed.manager, self).key;
    parsed.substitutedBy.forEach((title, order) => {
      line(resolver.resolveEnd(title, self), self.key).substitutedListOrder ??= order;
    });
    parsed.substitutes.forEach((title, order) => {
      line(self.key, resolver.resolveEnd(title, self)).substituteListOrder ??= order;
    });
    for (const title of parsed.subordinates) {
      const reference = classifyReference(title);
      if (reference.kind !== 'POSITION') continue; // a group of subordinates names no one position
      claims.push({ managerKey: self.key, subordinateKey: resolver.resolve(reference.title, self).key });
    }
  }
  const conflicts = reconcileReporting(positions, claims);

  return {
    units: [...units.values()],
    positions: [...positions.values()],
    substitutions: [...lines.values()],
    merges: [...merges, ...resolver.titleMerges],
    groupLabels: resolver.labels,
    conflicts,
    crossUnitReferences: resolver.crossUnit,
    ambiguousReferences: resolver.ambiguous,
  };
}

export type ConflictKind = 'SUBORDINATE_NAMES_OTHER_MANAGER' | 'MANAGER_DOES_NOT_LIST_SUBORDINATE';

/** A reporting line the two documents disagree on; reported, never silently resolved. */
export interface ReportingConflict {
  kind: ConflictKind;
  subordinateKey: string;
  /** The manager whose "Alluvad" list names the subordinate, or whom the subordinate names. */
  claimedManagerKey: string;
  /** The manager the subordinate's own document names, when it names one. */
  statedManagerKey: string | null;
}

/**
 * Reconciles the managers' "Alluvad" lists with the subordinates' own "Vahetu juht":
 * an undocumented subordinate takes the manager that lists it; a documented one keeps its own
 * document's manager, and any disagreement between the two sides is returned.
 */
function reconcileReporting(positions: Map<string, GraphPosition>, claims: { managerKey: string; subordinateKey: string }[]): ReportingConflict[] {
  const conflicts: ReportingConflict[] = [];
  const listedBy = new Map<string, Set<string>>();
  for (const { managerKey, subordinateKey } of claims) {
    const subordinate = positions.get(subordinateKey)!;
    listedBy.set(managerKey, (listedBy.get(managerKey) ?? new Set()).add(subordinateKey));
    if (!subordinate.documentKey) {
      subordinate.managerKey ??= managerKey;
    } else if (subordinate.managerKey !== managerKey) {
      conflicts.push({ kind: 'SUBORDINATE_NAMES_OTHER_MANAGER', subordinateKey, claimedManagerKey: managerKey, statedManagerKey: subordinate.managerKey });
    }
  }
  // A manager that lists its reports and leaves out one that names it.
  for (const position of positions.values()) {
    if (!position.documentKey || !position.managerKey) continue;
    const listed = listedBy.get(position.managerKey);
    if (listed && !listed.has(position.key)) {
      conflicts.push({ kind: 'MANAGER_DOES_NOT_LIST_SUBORDINATE', subordinateKey: position.key, claimedManagerKey: position.managerKey, statedManagerKey: position.managerKey });
    }
  }
  return conflicts;
}

/** Two title keys name one position when they differ by one edit (two in long titles) and not in a number. */
function isLikelySameTitle(a: string, b: string): boolean {
  if (a.replace(/\D/g, '') !== b.replace(/\D/g, '')) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6) return false;
  return distance(a, b) <= (shorter >= 16 ? 2 : 1);
}

/** Adds every unit on a path; returns the key of the last (or null for an empty path). */
function addPath(units: Map<string, GraphUnit>, path: string[]): string | null {
  let parentKey: string | null = null;
  path.forEach((name, depth) => {
    const key: string = parentKey ? `${parentKey}/${unitKey(name)}` : unitKey(name);
    if (!units.has(key)) units.set(key, { key, name, kind: unitKind(name), parentKey, depth });
    parentKey = key;
  });
  return parentKey;
}

/**
 * Titles in a document name positions relative to it: "Tiimijuht" is the lead of this team,
 * and the document's own title means a peer. A reference resolves to the nearest position with
 * that title: in the unit itself or below it, then in each enclosing unit, then at the top.
 * Unmatched references become undocumented positions.
 */
class ReferenceResolver {
  private readonly byUnit = new Map<string | null, GraphPosition[]>();
  /** Child unit keys by parent key, for walking a unit's subtree without scanning every unit. */
  private readonly children = new Map<string | null, string[]>();
  /** The name the first document to mention a group gave it, by end key. */
  readonly labels = new Map<string, string>();
  /** Titles matched to a position despite a likely typo or a case ending. */
  readonly titleMerges: UnitMerge[] = [];
  readonly crossUnit: CrossUnitReference[] = [];
  readonly ambiguous: AmbiguousReference[] = [];
  /** Each referrer's title is reported once, though its document may name it in several lists. */
  private readonly reported = new Set<string>();
  /**
   * Documented positions by title key. Only documented positions are looked for outside the
   * referring unit's chain: they all exist before the first reference is resolved, so the result
   * does not depend on the order documents are read in.
   */
  private readonly documentedByTitle = new Map<string, GraphPosition[]>();

  constructor(
    private readonly units: Map<string, GraphUnit>,
    private readonly positions: Map<string, GraphPosition>,
  ) {
    for (const unit of units.values()) this.addChild(unit);
    for (const position of positions.values()) this.index(position);
    for (const position of [...positions.values()].sort((a, b) => a.key.localeCompare(b.key))) {
      const list = this.documentedByTitle.get(position.titleKey);
      if (list) list.push(position);
      else this.documentedByTitle.set(position.titleKey, [position]);
    }
  }

  private addChild(unit: GraphUnit) {
    const list = this.children.get(unit.parentKey);
    if (list) list.push(unit.key);
    else this.children.set(unit.parentKey, [unit.key]);
  }

  /** The key of a substitution end: a position, a group of a unit's staff, or a placeholder. */
  resolveEnd(text: string, from: GraphPosition): string {
    const reference = classifyReference(text);
    if (reference.kind === 'PLACEHOLDER') return `placeholder:${reference.label}`;
    if (reference.kind === 'GROUP') {
      const key = `group:${this.groupUnit(reference.unitName, from.unitKey)}`;
      this.labels.set(key, reference.label);
      return key;
    }
    return this.resolve(reference.title, from).key;
  }

  /**
   * The unit whose staff a group names: "osakonna teenistujad" is the referrer's own department;
   * a named unit is looked up among the referrer's units, then anywhere, and added below the
   * referrer's unit when no document names it.
   */
  private groupUnit(unitName: string, from: string | null): string {
    const noun = bareUnitNoun(unitName);
    const ancestors: string[] = [];
    for (let key = from; key; key = this.units.get(key)?.parentKey ?? null) ancestors.push(key);
    // "valla sotsiaaltöötajad": the organisation's staff, i.e. the referrer's top unit.
    if (!unitName) return ancestors[ancestors.length - 1] ?? from ?? '';
    if (noun) return ancestors.find((key) => unitKey(this.units.get(key)!.name).endsWith(noun)) ?? from ?? '';
    const wanted = unitKey(unitName);
    const found =
      ancestors.find((key) => unitKey(this.units.get(key)!.name) === wanted) ??
      [...this.units.values()].find((u) => unitKey(u.name) === wanted)?.key;
    if (found) return found;
    const key = from ? `${from}/${wanted}` : wanted;
    const parent = from ? this.units.get(from) : undefined;
    const unit: GraphUnit = { key, name: unitName, kind: unitKind(unitName), parentKey: from, depth: parent ? parent.depth + 1 : 0 };
    this.units.set(key, unit);
    this.addChild(unit);
    return key;
  }

  /**
   * In order: the nearest position with the title in the referring unit's chain; a documented
   * title with a case ending the case rules missed; a documented title nearby with a likely typo;
   * the one documented position with the title in the nearest enclosing unit (or the whole
   * organisation) that has any; else an undocumented position.
   */
  resolve(title: string, from: GraphPosition): GraphPosition {
    const key = titleKey(title);
    const found = this.inChain(key, from) ?? this.withEnding(title, key, from) ?? this.withTypo(title, key, from);
    if (found) return found;
    const elsewhere = this.elsewhere(key, from);
    if (elsewhere.positions.length === 1) return this.crossUnitTarget(title, key, from, elsewhere.positions[0], elsewhere.scope);
    const placeholder = this.undocumented(title, key, from);
    if (elsewhere.positions.length > 1) this.reportAmbiguous(title, key, from, elsewhere.positions, placeholder);
    return placeholder;
  }

  private inChain(key: string, from: GraphPosition): GraphPosition | undefined {
    for (const level of this.searchLevels(from.unitKey)) {
      const found = this.candidates(level, from.unitKey)
        .filter((p) => p.key !== from.key && p.titleKey === key)
        .sort((a, b) => Number(!a.documentKey) - Number(!b.documentKey) || a.key.localeCompare(b.key))[0];
      if (found) return found;
    }
    return undefined;
  }

  /** "Andmeinsenerit": a documented title with a case ending, resolved as that title and reported as a merge. */
  private withEnding(title: string, key: string, from: GraphPosition): GraphPosition | undefined {
    const stem = knownTitleWithEnding(key, (k) => this.documentedByTitle.has(k));
    if (!stem) return undefined;
    const known = this.documentedByTitle.get(stem)![0].title;
    let found = this.inChain(stem, from);
    if (!found) {
      const elsewhere = this.elsewhere(stem, from);
      if (elsewhere.positions.length === 1) found = this.crossUnitTarget(title, stem, from, elsewhere.positions[0], elsewhere.scope);
      else {
        found = this.undocumented(known, stem, from);
        if (elsewhere.positions.length > 1) this.reportAmbiguous(title, stem, from, elsewhere.positions, found);
      }
    }
    this.merge(found, title, `"${title}" is "${known}" with a case ending; treated as one position`);
    return found;
  }

  /** No exact title: a documented position nearby whose title differs by a likely typo, reported as a merge. */
  private withTypo(title: string, key: string, from: GraphPosition): GraphPosition | undefined {
    for (const level of this.searchLevels(from.unitKey)) {
      const near = this.candidates(level, from.unitKey).find((p) => p.key !== from.key && p.documentKey && isLikelySameTitle(p.titleKey, key));
      if (near) {
        this.merge(near, title, `"${title}" differs from "${near.title}" by a likely typo; treated as one position`);
        return near;
      }
    }
    return undefined;
  }

  private merge(into: GraphPosition, alias: string, reason: string) {
    if (into.aliases?.includes(alias)) return;
    this.titleMerges.push({ name: into.title, alias, path: [], positionKey: into.key, reason });
    into.aliases = [...(into.aliases ?? []), alias];
  }

  /**
   * Documented positions with the title outside the referring unit's chain, in the nearest
   * enclosing unit that has any (`scope`), else in the whole organisation (scope null).
   * The document's own title names a peer beside it, and leads and kinds of work every unit has
   * mean a colleague (see local-titles.ts), so none of these is looked for elsewhere.
   */
  private elsewhere(key: string, from: GraphPosition): { positions: GraphPosition[]; scope: string | null } {
    const none = { positions: [], scope: null };
    if (headKey(key) === headKey(from.titleKey) || isLocalTitle(key)) return none;
    const holders = (this.documentedByTitle.get(key) ?? []).filter((p) => p.key !== from.key);
    if (holders.length === 0) return none;
    for (const level of this.searchLevels(from.unitKey).slice(1)) {
      const within = level === null ? holders : holders.filter((p) => this.isWithin(p.unitKey, level));
      if (within.length) return { positions: within, scope: level === null ? null : this.units.get(level)!.name };
    }
    return none;
  }

  private isWithin(unitKey: string | null, ancestor: string): boolean {
    for (let key = unitKey; key; key = this.units.get(key)?.parentKey ?? null) if (key === ancestor) return true;
    return false;
  }

  private crossUnitTarget(title: string, key: string, from: GraphPosition, target: GraphPosition, scope: string | null): GraphPosition {
    if (this.firstReport('cross', key, from)) {
      const referrer = this.place(from);
      const to = this.place(target);
      this.crossUnit.push({ documentKey: from.documentKey!, referrer, reference: title, target: to, targetKey: target.key, message: crossUnitMessage(title, referrer, to, scope) });
    }
    return target;
  }

  private reportAmbiguous(title: string, key: string, from: GraphPosition, candidates: GraphPosition[], kept: GraphPosition) {
    if (!this.firstReport('ambiguous', key, from)) return;
    const referrer = this.place(from);
    // As HR reads them: by title and unit, in Estonian alphabetical order.
    const places = candidates.map((p) => this.place(p)).sort((x, y) => placeText(x).localeCompare(placeText(y), 'et'));
    this.ambiguous.push({ documentKey: from.documentKey!, referrer, reference: title, candidates: places, positionKey: kept.key, message: ambiguousMessage(title, referrer, places) });
  }

  private firstReport(kind: string, key: string, from: GraphPosition): boolean {
    const id = `${kind}\u0000${from.key}\u0000${key}`;
    if (this.reported.has(id)) return false;
    this.reported.add(id);
    return true;
  }

  private place(position: GraphPosition): PositionPlace {
    const unitPath: string[] = [];
    for (let key = position.unitKey; key; key = this.units.get(key)?.parentKey ?? null) unitPath.unshift(this.units.get(key)!.name);
    return { title: position.title, unitPath };
  }

  private undocumented(title: string, key: string, from: GraphPosition): GraphPosition {
    const unitKey = this.placement(title, from.unitKey);
    const existing = this.positions.get(`ref:${unitKey ?? ''}|${key}`);
    if (existing) return existing;
    const placeholder: GraphPosition = {
      key: `ref:${unitKey ?? ''}|${key}`,
      unitKey,
      title,
      titleKey: key,
      specialization: splitSpecialization(title).specialization,
      documentKey: null,
      managerKey: null,
      holder: null,
    };
    this.positions.set(placeholder.key, placeholder);
    this.index(placeholder);
    return placeholder;
  }

  private index(position: GraphPosition) {
    const list = this.byUnit.get(position.unitKey) ?? [];
    list.push(position);
    this.byUnit.set(position.unitKey, list);
  }

  /** The unit itself, each enclosing unit, then the organisation level (null). */
  private searchLevels(unitKey: string | null): (string | null)[] {
    const levels: (string | null)[] = [];
    for (let key = unitKey; key; key = this.units.get(key)?.parentKey ?? null) levels.push(key);
    levels.push(null);
    return levels;
  }

  /** Positions at a level; at the referring unit's own level, its whole subtree. */
  private candidates(level: string | null, own: string | null): GraphPosition[] {
    if (level === null || level !== own) return this.byUnit.get(level) ?? [];
    const found: GraphPosition[] = [];
    const walk = (key: string) => {
      for (const position of this.byUnit.get(key) ?? []) found.push(position);
      for (const child of this.children.get(key) ?? []) walk(child);
    };
    walk(level);
    return found;
  }

  /** Where a new undocumented position goes: head titles go to the unit they lead. */
  private placement(title: string, from: string | null): string | null {
    const kind = placementLevel(title);
    if (kind === 'ORGANIZATION') return null;
    if (!kind) return from;
    for (let key = from; key; key = this.units.get(key)?.parentKey ?? null) {
      if (this.units.get(key)?.kind === kind) return key;
    }
    return from;
  }
}
