/**
 * The `orgraph` command line: parse, import, serve.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { DocumentError } from './ingest/errors.js';
import { decodeText } from './ingest/read.js';
import { parseDocument, parseDocuments } from './ingest/parse.js';
import { formatAccuracy, measure, type LabelledFile } from './ingest/accuracy.js';
import type { ParsedDocument } from './ingest/document.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocumentFiles } from './imports/files.js';
import { importDocuments } from './imports/import.service.js';
import { formatSummary } from './imports/summary-text.js';
import { openDatabase, DEFAULT_DATABASE_URL } from './db/data-source.js';
import { startServer } from './app.js';
import { schemaSdl } from './schema.js';
import { rowId } from './common/node.js';
import { loadWorklist } from './coverage/worklist.service.js';
import { worklistCsv } from './coverage/worklist.js';

const databaseUrl = () => process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

const program = new Command()
  .name('orgraph')
  .description('Reads job descriptions (ametijuhend) into an org graph of units, positions, reporting and substitution lines, served over GraphQL.')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Environment:
  DATABASE_URL  where the graph is stored (default ${DEFAULT_DATABASE_URL})
  PORT          port for "serve" (default 4000)
  HOST          address for "serve" to listen on (default 127.0.0.1)`,
  );

program
  .command('parse')
  .description('Print the parsed documents as JSON; touches no database.')
  .argument('<files...>', 'job-description files or folders')
  .option('--org <name>', 'organisation for documents whose text names none')
  .action(async (paths: string[], options: { org?: string }) => {
    const files = await readDocumentFiles(paths);
    const documents = [];
    let failed = false;
    for (const file of files) {
      try {
        const text = typeof file.content === 'string' ? file.content : decodeText(file.name, file.content);
        documents.push(parseDocument(file.name, text, { organization: options.org }));
      } catch (error) {
        if (!(error instanceof DocumentError)) throw error;
        console.error(`error: ${error.message}`);
        failed = true;
      }
    }
    console.log(JSON.stringify(documents, null, 2));
    if (failed) process.exitCode = 1;
  });

program
  .command('import')
  .description('Import job descriptions into the database (all or nothing) and print a summary.')
  .argument('<paths...>', 'job-description files or folders')
  .option('--org <name>', 'organisation for documents whose text names none')
  .option('--skip-invalid', 'import the readable files and list the others, instead of importing nothing')
  .action(async (paths: string[], options: { org?: string; skipInvalid?: boolean }) => {
    const files = await readDocumentFiles(paths);
    const { dataSource } = await openDatabase(databaseUrl());
    try {
      const result = await importDocuments(dataSource, files, { organization: options.org, skipInvalid: options.skipInvalid });
      console.log(formatSummary(result));
      if (!result.ok) process.exitCode = 1;
    } finally {
      await dataSource.destroy();
    }
  });

program
  .command('gaps')
  .description('Print the HR worklist of substitution-coverage gaps (the same as /reports/coverage.csv).')
  .option('--unit <id>', 'only this unit (a unit ID from the API) and the units below it')
  .option('--format <format>', 'csv or json', 'csv')
  .action(async (options: { unit?: string; format: string }) => {
    if (!['csv', 'json'].includes(options.format)) throw new Error(`--format must be csv or json, not "${options.format}"`);
    const unitRowId = options.unit ? rowId(options.unit, 'Unit') : null;
    if (options.unit && !unitRowId) throw new Error(`"${options.unit}" is not a unit ID`);
    const { dataSource } = await openDatabase(databaseUrl());
    try {
      const rows = await loadWorklist(dataSource, unitRowId);
      process.stdout.write(options.format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : worklistCsv(rows));
    } finally {
      await dataSource.destroy();
    }
  });

program
  .command('accuracy')
  .description('Measure the parser on a folder of documents with hand labels (labels.json): per-field accuracy and every mismatch.')
  .argument('<folder>', 'a folder holding the documents and labels.json')
  .action(async (folder: string) => {
    const labels: LabelledFile[] = JSON.parse(await readFile(join(folder, 'labels.json'), 'utf8'));
    const parsed = new Map<string, ParsedDocument[] | Error>();
    for (const { file } of labels) {
      try {
        const text = decodeText(file, new Uint8Array(await readFile(join(folder, file))));
        parsed.set(file, parseDocuments(file, text));
      } catch (error) {
        parsed.set(file, error as Error);
      }
    }
    console.log(formatAccuracy(measure(labels, parsed)));
  });

program
  .command('serve')
  .description('Start the server: the org chart at /, the GraphQL API and GraphiQL at /graphql.')
  .action(async () => {
    const server = await startServer({
      databaseUrl: databaseUrl(),
      port: Number(process.env.PORT || 4000),
      host: process.env.HOST || '127.0.0.1',
      log: (line) => console.log(line),
    });
    console.log(`orgraph is running at ${server.url}`);
    console.log(`  GraphQL API and GraphiQL: ${server.url}/graphql`);
    console.log(`  database: ${databaseUrl()}`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('schema')
  .description('Print the GraphQL schema (SDL), as committed in schema.graphql.')
  .action(async () => {
    process.stdout.write(await schemaSdl());
  });

program.parseAsync().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
