/**
 * What the import tells HR about references it resolved beyond the referring unit's own chain:
 * a title taken as the one position with that title elsewhere (a cross-unit line), and a title
 * with several such positions, kept as an undocumented position and reported with the candidates.
 */

/** A position as HR reads it: its title and its unit path, top first (empty at the top). */
export interface PositionPlace {
  title: string;
  unitPath: string[];
}

export interface CrossUnitReference {
  /** The document that wrote the reference. */
  documentKey: string;
  referrer: PositionPlace;
  /** The title as the document wrote it. */
  reference: string;
  /** The position it was taken as. */
  target: PositionPlace;
  targetKey: string;
  message: string;
}

export interface AmbiguousReference {
  documentKey: string;
  referrer: PositionPlace;
  reference: string;
  /** The positions it could mean, by title and unit in Estonian alphabetical order. */
  candidates: PositionPlace[];
  /** The undocumented position kept in the referring unit instead. */
  positionKey: string;
  message: string;
}

export function placeText(place: PositionPlace): string {
  return `${place.title} (${place.unitPath.length ? place.unitPath.join(' › ') : 'top of the organisation'})`;
}

/** `scope` is the enclosing unit the target was found under, or null for the whole organisation. */
export function crossUnitMessage(reference: string, referrer: PositionPlace, target: PositionPlace, scope: string | null): string {
  return `"${reference}" in the job description of ${placeText(referrer)} names no position in its own units; taken as the only one ${scope ? `in ${scope}` : 'in the organisation'}: ${placeText(target)}`;
}

export function ambiguousMessage(reference: string, referrer: PositionPlace, candidates: PositionPlace[]): string {
  const unit = referrer.unitPath.at(-1) ?? 'the top of the organisation';
  return `"${reference}" in the job description of ${placeText(referrer)} names no position in its own units and ${candidates.length} elsewhere: ${candidates.map(placeText).join(', ')}; kept as an undocumented position in ${unit}`;
}
