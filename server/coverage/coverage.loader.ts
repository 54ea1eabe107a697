/**
 * Reads the stored org graph into the in-memory shape the coverage analysis works on.
 * All SQL of the coverage feature is here; the analysis itself issues none.
 */
import type { DataSource } from 'typeorm';
import { Unit } from '../org/unit.entity.js';
import { Position } from '../org/position.entity.js';
import { JobDescription } from '../description/job-description.entity.js';
import { SubstitutionLine } from '../substitution/substitution-line.entity.js';
import type { CoverageGraph, SubstituteRef } from './model.js';
import { assessConfidence } from '../ingest/confidence.js';
import { HEADER_FIELDS, type ParsedDocument } from '../ingest/document.js';

/** The graph of one organisation, or of every organisation when none is named. */
export async function loadCoverageGraph(dataSource: DataSource, organizationId: number | null = null): Promise<CoverageGraph> {
  const where = organizationId ? { organizationId } : {};
  const [units, positions, descriptions, lines] = await Promise.all([
    // In id order: the analysis keeps graph order among equals, and PostgreSQL returns rows in no set order.
    dataSource.getRepository(Unit).find({ where, select: ['rowId', 'name', 'parentId'], order: { rowId: 'ASC' } }),
    dataSource.getRepository(Position).find({ where, select: ['rowId', 'title', 'unitId', 'managerId', 'documented', 'jobDescriptionId'], order: { rowId: 'ASC' } }),
    dataSource.getRepository(JobDescription).find({ where, select: ['rowId', 'sourceName', 'document'] }),
    dataSource.getRepository(SubstitutionLine).find({ where, order: { rowId: 'ASC' } }),
  ]);
  const descriptionById = new Map(descriptions.map((d) => [d.rowId, d]));
  return {
    units: units.map((u) => ({ id: u.rowId, name: u.name, parentId: u.parentId })),
    positions: positions.map((p) => {
      const description = p.jobDescriptionId ? descriptionById.get(p.jobDescriptionId) : undefined;
      const requirements = description?.document.requirements;
      return {
        id: p.rowId,
        title: p.title,
        unitId: p.unitId,
        managerId: p.managerId,
        documented: p.documented,
        // Job descriptions do not say whether a post is filled; vacancy stays unknown.
        vacant: null,
        requirements: requirements
          ? { educationLevel: requirements.educationLevel, languages: requirements.languages.map((l) => ({ language: l.language, level: l.level })) }
          : null,
        documentName: description?.sourceName ?? null,
        lowConfidenceFields: description ? lowConfidenceFields(description.document) : [],
      };
    }),
    lines: lines.map((line) => ({
      substitute: end(line.substituteId, line.substituteGroupId, line.substituteLabel),
      substituted: end(line.substitutedId, line.substitutedGroupId, line.substitutedLabel),
      statedBySubstituted: line.substitutedListOrder !== null,
      statedBySubstitute: line.substituteListOrder !== null,
      order: line.substitutedListOrder ?? (line.substituteListOrder ?? 0) + 1000,
    })),
  };
}

/** A document stored before confidence was kept has it computed from what was read. */
function lowConfidenceFields(document: ParsedDocument): string[] {
  const confidence = document.fieldConfidence ?? assessConfidence(document, [], document.readingNotes ?? []);
  return HEADER_FIELDS.filter((field) => confidence[field].level === 'low');
}

function end(positionId: number | null, groupId: number | null, label: string | null): SubstituteRef {
  if (positionId) return { kind: 'POSITION', positionId };
  if (groupId) return { kind: 'GROUP', unitId: groupId, label: label ?? '' };
  return { kind: 'PLACEHOLDER', label: label ?? '' };
}
