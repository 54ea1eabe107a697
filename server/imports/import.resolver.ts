import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../request/context.js';
import { importDocuments } from './import.service.js';
import { ImportDocumentsInput, ImportDocumentsPayload } from './import.types.js';
import { toImportFiles, toPayload } from './import.payload.js';
import { RequiresRole } from '../access/auth-checker.js';
import { importAuditSummary } from './import-audit.js';
import { readInPool } from './parse-pool.js';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportDocumentsPayload, {
    description:
      'Imports job descriptions in one transaction: all files are stored, or none when any fails (unless `skipInvalid`). A directive with annexes gives one job description per annex. Re-importing an unchanged file changes nothing. Needs the hr role; recorded in the audit log. The request body is limited to 1 MB: larger batches go to POST /imports.',
  })
  @RequiresRole('hr')
  async importDocuments(
    @Arg('input', () => ImportDocumentsInput, { description: 'The files and, optionally, their organisation.' }) input: ImportDocumentsInput,
    @Ctx() context: Context,
  ): Promise<ImportDocumentsPayload> {
    const payload = toPayload(
      await importDocuments(context.dataSource, toImportFiles(input.files), {
        organization: input.organization,
        skipInvalid: input.skipInvalid,
        deadline: context.deadline,
        readFile: readInPool,
      }),
    );
    context.auditSummary = importAuditSummary(payload);
    return payload;
  }
}
