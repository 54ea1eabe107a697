import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { importDocuments } from './import.service.js';
import { ImportDocumentsInput, ImportDocumentsPayload } from './import.types.js';
import { toPayload } from './import.payload.js';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportDocumentsPayload, {
    description:
      'Imports job descriptions in one transaction: all files are stored, or none when any fails (unless `skipInvalid`). A directive with annexes gives one job description per annex. Re-importing an unchanged file changes nothing.',
  })
  async importDocuments(
    @Arg('input', () => ImportDocumentsInput, { description: 'The files and, optionally, their organisation.' }) input: ImportDocumentsInput,
    @Ctx() { dataSource }: Context,
  ): Promise<ImportDocumentsPayload> {
    return toPayload(await importDocuments(dataSource, input.files, { organization: input.organization, skipInvalid: input.skipInvalid }));
  }
}
