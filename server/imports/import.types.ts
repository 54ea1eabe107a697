import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ParseWarning } from '../description/sections.types.js';

@InputType({ description: 'One job-description file to import.' })
export class DocumentFileInput {
  @Field(() => String, { description: 'File name; a document keeps its identity by name, so importing a changed file with the same name updates it.' })
  @MaxLength(255)
  name: string;

  @Field(() => String, { nullable: true, description: 'The text of the file (UTF-8). Give this or `contentBase64`.' })
  @IsOptional()
  @MaxLength(1_000_000)
  content?: string | null;

  @Field(() => String, { nullable: true, description: 'The file\'s bytes, base64-encoded: for PDF, DOCX and signed containers (.asice/.bdoc), or text in another encoding. The type is told from the content, not the name.' })
  @IsOptional()
  @MaxLength(14_000_000)
  contentBase64?: string | null;
}

@InputType({ description: 'Job descriptions to import in one all-or-nothing batch.' })
export class ImportDocumentsInput {
  @Field(() => [DocumentFileInput], { description: 'The files (1–500).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  files: DocumentFileInput[];

  @Field(() => String, { nullable: true, description: 'Organisation for documents whose text names none.' })
  @IsOptional()
  @MaxLength(200)
  organization?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Store the readable files and list the unreadable ones as SKIPPED, instead of storing nothing.' })
  skipInvalid: boolean;
}

export enum FileStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(FileStatus, {
  name: 'FileStatus',
  description: 'What an import did with one file.',
  valuesConfig: {
    CREATED: { description: 'A new job description was stored.' },
    UPDATED: { description: 'The file changed since it was last imported; its position was updated in place.' },
    UNCHANGED: { description: 'The same text was already imported; nothing changed.' },
    FAILED: { description: 'The file could not be read as a job description; see `error`. Nothing of the batch was stored.' },
    SKIPPED: { description: 'With `skipInvalid`: the file could not be read (see `error`) and was left out; the rest was stored.' },
  },
});

@ObjectType({ description: 'A problem the user can fix, such as a file that is not a job description.' })
export class UserError {
  @Field(() => String, { description: 'What went wrong, naming the file and, where known, the line.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The file it concerns.' })
  file: string | null;

  @Field(() => Int, { nullable: true, description: 'The line it concerns (1-based).' })
  line: number | null;
}

@ObjectType({ description: 'What the import did with one job description (a directive with annexes gives one entry per annex, named "file#lisa-N"), or with a file that yielded none.' })
export class ImportedFile {
  @Field(() => String, { description: 'File name as given.' })
  name: string;

  @Field(() => FileStatus, { description: 'Created, updated, unchanged or failed.' })
  status: FileStatus;

  @Field(() => String, { nullable: true, description: 'Organisation the document was filed under.' })
  organization: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the position the document describes.' })
  title: string | null;

  @Field(() => [ParseWarning], { description: 'Lines the reader could not place, and other notes.' })
  warnings: ParseWarning[];

  @Field(() => UserError, { nullable: true, description: 'Why the file failed, when it did.' })
  error: UserError | null;
}

@ObjectType({ description: 'How many records an import created, updated, left unchanged and removed.' })
export class ChangeCounts {
  @Field(() => Int, { description: 'Records created.' })
  created: number;

  @Field(() => Int, { description: 'Records changed in place.' })
  updated: number;

  @Field(() => Int, { description: 'Records that were already as imported.' })
  unchanged: number;

  @Field(() => Int, { description: 'Records no document names any more, removed.' })
  removed: number;
}

@ObjectType({ description: 'Two spellings of a unit name treated as one unit.' })
export class UnitMergeNote {
  @Field(() => String, { description: 'The name kept.' })
  name: string;

  @Field(() => String, { description: 'The spelling merged into it.' })
  alias: string;

  @Field(() => String, { description: 'Why they were merged.' })
  reason: string;
}

@ObjectType({ description: 'A position as a reference report names it: its title and its unit.' })
export class PositionPlaceNote {
  @Field(() => String, { description: 'The title of the position.' })
  title: string;

  @Field(() => [String], { description: 'The unit path of the position, top first; empty for a position at the top of the organisation.' })
  unitPath: string[];
}

/** What every note on a resolved or unresolved reference says; its fields are inherited (no query returns the type itself). */
@ObjectType({ description: 'A note on a title a job description wrote: which document, which position, which title.' })
abstract class ReferenceNote {
  @Field(() => String, { description: 'The file name of the job description that wrote the title.' })
  document: string;

  @Field(() => PositionPlaceNote, { description: 'The position whose job description wrote the title.' })
  referrer: PositionPlaceNote;

  @Field(() => String, { description: 'The title as the job description wrote it.' })
  reference: string;
}

@ObjectType({ description: 'A title no position in the referring unit or its enclosing units carries, taken as the one documented position with that title elsewhere (a line across units).' })
export class CrossUnitReferenceNote extends ReferenceNote {
  @Field(() => PositionPlaceNote, { description: 'The position the title was taken as.' })
  target: PositionPlaceNote;

  @Field(() => String, { description: 'What was resolved and why, in one sentence.' })
  message: string;
}

@ObjectType({ description: 'A title no position in the referring unit or its enclosing units carries and several documented positions elsewhere do: kept as an undocumented position in the referring unit.' })
export class AmbiguousReferenceNote extends ReferenceNote {
  @Field(() => [PositionPlaceNote], { description: 'The documented positions the title could mean.' })
  candidates: PositionPlaceNote[];

  @Field(() => String, { description: 'The warning: the title, its candidates and their units, and where the undocumented position was kept.' })
  message: string;
}

@ObjectType({ description: 'Totals of an import.' })
export class ImportSummary {
  @Field(() => ChangeCounts, { description: 'Job descriptions.' })
  documents: ChangeCounts;

  @Field(() => ChangeCounts, { description: 'Structural units.' })
  units: ChangeCounts;

  @Field(() => ChangeCounts, { description: 'Positions, documented and undocumented.' })
  positions: ChangeCounts;

  @Field(() => ChangeCounts, { description: 'Reporting and substitution lines.' })
  relations: ChangeCounts;

  @Field(() => Int, { description: 'Warnings across all files.' })
  warnings: number;

  @Field(() => [UnitMergeNote], { description: 'Unit names merged as likely typos of one another, and position titles written with a typo or a case ending merged into the title they mean.' })
  merges: UnitMergeNote[];

  @Field(() => [CrossUnitReferenceNote], { description: 'Titles resolved to a position outside the referring unit and its enclosing units.' })
  crossUnitReferences: CrossUnitReferenceNote[];

  @Field(() => [AmbiguousReferenceNote], { description: 'Titles that could mean several positions outside the referring unit, kept as undocumented positions; each is a warning.' })
  ambiguousReferences: AmbiguousReferenceNote[];
}

@ObjectType({ description: 'Result of `importDocuments`. Problems with the files are returned here as data, not as GraphQL errors.' })
export class ImportDocumentsPayload {
  @Field(() => Boolean, { description: 'True when the batch was stored (with `skipInvalid`, all readable files); false when nothing was stored.' })
  ok: boolean;

  @Field(() => ImportSummary, { description: 'What the import created, updated and left unchanged.' })
  summary: ImportSummary;

  @Field(() => [ImportedFile], { description: 'One entry per file, in the order given.' })
  files: ImportedFile[];

  @Field(() => [UserError], { description: 'Every problem that stopped the import.' })
  errors: UserError[];
}
