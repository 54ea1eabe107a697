import type { DocumentBody, Line, LineRange, ParseWarning, SectionResult } from '../document.js';
import { parseDuties } from './duties.js';
import { parseList } from './items.js';
import { emptyRequirements, parseRequirements } from './requirements.js';
import { parseSignatures } from './signatures.js';
import { splitSections } from './split.js';
import { paragraph } from './text.js';

export { parseDuties } from './duties.js';
export { parseList } from './items.js';
export { parseLanguages } from './languages.js';
export { parseCompetencies, parseNamedDescriptions } from './competencies.js';
export { parseRequirements, educationLevel } from './requirements.js';
export { parseSignatures } from './signatures.js';
export { splitSections } from './split.js';

export function emptyBody(): DocumentBody {
  return {
    purpose: null,
    duties: [],
    rights: [],
    responsibilities: [],
    workTools: null,
    requirements: emptyRequirements(),
    competencies: [],
    additionalCompetencies: [],
    amendment: null,
    signatures: [],
  };
}

/**
 * Reads everything after the header block: from the "2. … EESMÄRK" heading to the signatures.
 * `lines` come from `toLines` and keep the file's line numbers. Never throws.
 */
export function parseBody(lines: Line[]): SectionResult<DocumentBody> {
  try {
    return readBody(lines);
  } catch (error) {
    // A bug must not lose the whole document: report it as a warning on the first line.
    return { value: emptyBody(), sources: {}, warnings: [{ line: lines[0]?.number ?? 0, message: `body could not be read: ${String(error)}` }] };
  }
}

function readBody(lines: Line[]): SectionResult<DocumentBody> {
  const body = emptyBody();
  const sources: Record<string, LineRange> = {};
  const warnings: ParseWarning[] = [];
  const take = <T>(result: SectionResult<T>): T => {
    Object.assign(sources, result.sources);
    warnings.push(...result.warnings);
    return result.value;
  };
  const text = (key: 'purpose' | 'workTools' | 'amendment', sectionLines: Line[] | undefined): string | null => {
    const chunk = paragraph(sectionLines ?? []);
    if (chunk) sources[key] = chunk.range;
    return chunk?.text ?? null;
  };

  const { sections, signatures, warnings: splitWarnings } = splitSections(lines);
  warnings.push(...splitWarnings);
  body.purpose = text('purpose', sections.purpose?.lines);
  if (sections.duties) body.duties = take(parseDuties(sections.duties.lines, sections.duties.number));
  if (sections.rights) body.rights = take(parseList(sections.rights.lines, 'rights'));
  if (sections.responsibilities) body.responsibilities = take(parseList(sections.responsibilities.lines, 'responsibilities'));
  body.workTools = text('workTools', sections.workTools?.lines);
  if (sections.requirements) {
    const { requirements, competencies, additionalCompetencies } = take(parseRequirements(sections.requirements.lines));
    Object.assign(body, { requirements, competencies, additionalCompetencies });
  }
  body.amendment = text('amendment', sections.amendment?.lines);
  body.signatures = take(parseSignatures(signatures));

  warnings.sort((a, b) => a.line - b.line);
  return { value: body, sources, warnings };
}
