/**
 * The `orgraph` command line: parse, import, serve.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { DocumentError } from './ingest/errors.js';
import { decodeText } from './ingest/read.js';
import { parseDocument, parseDocuments } from './ingest/parse.js';
import { formatAccuracy, formatRendered, measure, measureRendered, type LabelledFile } from './ingest/accuracy.js';
import type { ParsedDocument } from './ingest/document.js';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocumentFiles } from './imports/files.js';
import { importDocuments } from './imports/import.service.js';
import { formatSummary } from './imports/summary-text.js';
import { openDatabase, DEFAULT_DATABASE_URL } from './db/data-source.js';
import { migrateDatabase } from './db/migrate-db.js';
import { redactUrl } from './db/dialect.js';
import { startServer, SHUTDOWN_GRACE_MS } from './app.js';
import { parseAllowedHosts } from './limits/host.js';
import { schemaSdl } from './schema.js';
import { rowId } from './common/node.js';
import { loadWorklist } from './coverage/worklist.service.js';
import { worklistCsv } from './coverage/worklist.js';
import { userInfo } from 'node:os';
import { createToken, listTokens, revokeToken, TokenError, type TokenInfo } from './access/token.service.js';
import { recordAudit, type Actor } from './access/audit.service.js';
import { isRole, parseAnonymousRole, ROLES } from './access/roles.js';
import { importAuditSummary } from './imports/import-audit.js';
import { toPayload } from './imports/import.payload.js';
import { detectOrganization } from './ingest/estonian/organizations.js';
import { DEFAULT_ORGANIZATION, MAX_POSITIONS, generateOrganization } from './generate/index.js';
import { parsePositions, parseSeed } from './generate/arguments.js';
import { formatStats } from './generate/summary.js';
import { exportCorrections, formatCorrectionsImport, importCorrections, parseCorrectionsFile, UnknownOrganizationError } from './review/corrections-file.js';

const databaseUrl = () => process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

/** The orgraph command acts with the rights of whoever can open the database file. */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no user name (a container without /etc/passwd)
  }
  return { actor: `cli:${user}`, role: 'admin' };
}

const program = new Command()
  .name('orgraph')
  .description('Reads job descriptions (ametijuhend) into an org graph of units, positions, reporting and substitution lines, served over GraphQL.')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Environment:
  DATABASE_URL  where the graph is stored: sqlite:<path> (default ${DEFAULT_DATABASE_URL})
                or postgres://user:password@host:port/database
  PORT          port for "serve" (default 4000)
  HOST          address for "serve" to listen on (default 127.0.0.1)
  ANONYMOUS_ROLE  role of requests without a token: none, viewer, hr or admin
                (default viewer while HOST is loopback, none otherwise and
                for requests through a reverse proxy)
  ALLOWED_HOSTS host names to answer for besides localhost, IP addresses and
                HOST, comma-separated (".example.org" allows names below it)
  NODE_ENV      "production" (the default of "serve") hides internal error
                details from clients`,
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
      await recordAudit(dataSource, cliActor(), 'import', importAuditSummary(toPayload(result)), result.ok);
      console.log(formatSummary(result));
      if (!result.ok) process.exitCode = 1;
    } finally {
      await dataSource.destroy();
    }
  });

program
  .command('generate')
  .description('Generate a synthetic organisation (job descriptions in the seed layout) and import it, or write it to a folder.')
  .requiredOption('--positions <n>', `positions in the organisation, 1 to ${MAX_POSITIONS.toLocaleString('en')}`)
  .option('--seed <s>', 'any whole number; the same seed gives the same organisation', '1')
  .option('--out <dir>', 'write the documents to this new or empty folder instead of importing them')
  .option('--org <name>', 'the organisation', DEFAULT_ORGANIZATION)
  .action(async (options: { positions: string; seed: string; out?: string; org: string }) => {
    const positions = parsePositions(options.positions);
    const seed = parseSeed(options.seed);
    if (options.out) {
      await mkdir(options.out, { recursive: true });
      if ((await readdir(options.out)).length > 0) throw new Error(`${options.out} is not empty; give a new or empty folder (nothing was written)`);
    }
    const generated = generateOrganization({ positions, seed, organization: options.org });
    console.log(formatStats(generated.stats));
    if (options.out) {
      for (let i = 0; i < generated.files.length; i += 100) {
        await Promise.all(generated.files.slice(i, i + 100).map((f) => writeFile(join(options.out!, f.name), f.content)));
      }
      console.log(`wrote ${generated.files.length} job descriptions to ${options.out}`);
      if (detectOrganization(generated.files[0].content) !== generated.stats.organization) {
        console.log(`note: the texts do not name "${generated.stats.organization}" in a form the parser knows; import them with --org "${generated.stats.organization}"`);
      }
      return;
    }
    const { dataSource } = await openDatabase(databaseUrl());
    try {
      const result = await importDocuments(dataSource, generated.files, { organization: generated.stats.organization });
      await recordAudit(dataSource, cliActor(), 'generate', importAuditSummary(toPayload(result)), result.ok);
      // The totals only: a line per file would run to as many lines as there are positions.
      console.log(formatSummary({ ...result, files: result.files.filter((f) => f.error) }));
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

const corrections = program.command('corrections').description("HR's corrections of header fields: export them to a JSON file, import them into another database.");

corrections
  .command('export')
  .description('Print every correction (or one organisation\'s) as JSON, with its organisation and document by name.')
  .option('--organization <name>', 'only this organisation')
  .action(async (options: { organization?: string }) => {
    await withDatabase(async (dataSource) => {
      process.stdout.write(JSON.stringify(await exportCorrections(dataSource, options.organization), null, 2) + '\n');
    });
  });

corrections
  .command('import')
  .description('Store the corrections of a file from `corrections export` against the documents of the same names (replacing a correction of the same field), in one transaction, and rebuild the graphs. A correction whose document is missing stops the import unless --skip-missing.')
  .argument('<file>', 'a JSON file written by `orgraph corrections export`')
  .option('--skip-missing', 'store the corrections whose document is in the database and list the others, instead of storing nothing')
  .action(async (file: string, options: { skipMissing?: boolean }) => {
    const entries = parseCorrectionsFile(file, await readFile(file, 'utf8'));
    await withDatabase(async (dataSource) => {
      const result = await importCorrections(dataSource, entries, { skipMissing: options.skipMissing });
      const summary = formatCorrectionsImport(file, result);
      await recordAudit(dataSource, cliActor(), 'corrections.import', summary, result.ok);
      console.log(summary);
      if (!result.ok) process.exitCode = 1;
    });
  });

program
  .command('accuracy')
  .description('Measure the parser on a folder of documents with hand labels (labels.json), or on N rendered headers (--rendered N --seed S): per-field accuracy and the misses.')
  .argument('[folder]', 'a folder holding the documents and labels.json')
  .option('--rendered <n>', 'measure on this many rendered header variants instead of a folder')
  .option('--seed <s>', 'the seed of the rendered variants', '1')
  .action(async (folder: string | undefined, options: { rendered?: string; seed: string }) => {
    if (options.rendered !== undefined) {
      const [n, seed] = [Number(options.rendered), Number(options.seed)];
      if (!Number.isSafeInteger(n) || n < 1 || !Number.isSafeInteger(seed)) throw new Error('--rendered takes a whole number of headers (1 or more) and --seed a whole number');
      console.log(formatRendered(measureRendered(n, seed)));
      return;
    }
    if (!folder) throw new Error('give a folder with labels.json, or --rendered N');
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
    const host = process.env.HOST || '127.0.0.1';
    const server = await startServer({
      databaseUrl: databaseUrl(),
      port: Number(process.env.PORT || 4000),
      host,
      anonymousRole: process.env.ANONYMOUS_ROLE ? parseAnonymousRole(process.env.ANONYMOUS_ROLE) : undefined,
      allowedHosts: parseAllowedHosts(process.env.ALLOWED_HOSTS),
      log: (line) => console.log(line),
      shutdownGraceMs: SHUTDOWN_GRACE_MS,
    });
    console.log(`orgraph is running at ${server.url}`);
    console.log(`  GraphQL API and GraphiQL: ${server.url}/graphql`);
    console.log(`  database: ${redactUrl(databaseUrl())}`);
    console.log(
      server.anonymousRole === 'none'
        ? '  every request needs a token (ANONYMOUS_ROLE=none)'
        : `  requests without a token have the ${server.anonymousRole} role (ANONYMOUS_ROLE=${server.anonymousRole})`,
    );
    if (server.loginUrl) {
      console.log('');
      console.log('First start: an admin token was created. Open this link to sign in (it is shown only this once):');
      console.log(`  ${server.loginUrl}`);
      console.log('Make more with `orgraph token create --role hr --name "…"`; see them with `orgraph token list`.');
    }
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

const token = program.command('token').description('Bearer tokens for the API: create (shown once), list, revoke.');

token
  .command('create')
  .description('Create a token and print it; only its hash is stored, so it is shown this once.')
  .requiredOption('--role <role>', `what the token may do: ${ROLES.join(', ')}`)
  .requiredOption('--name <name>', 'who or what it is for, e.g. "Mari (HR)"')
  .action(async (options: { role: string; name: string }) => {
    if (!isRole(options.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}, not "${options.role}"`);
    const role = options.role;
    await withDatabase(async (dataSource) => {
      const { token: secret, info } = await createToken(dataSource, role, options.name, cliActor());
      console.error(`Created ${info.role} token #${info.id} "${info.name}". It is shown only now; keep it secret:`);
      console.log(secret);
    });
  });

token
  .command('list')
  .description('List the tokens (never the secrets).')
  .option('--json', 'as JSON')
  .action(async (options: { json?: boolean }) => {
    await withDatabase(async (dataSource) => {
      const tokens = await listTokens(dataSource);
      if (options.json) return void console.log(JSON.stringify(tokens, null, 2));
      console.log(formatTokens(tokens));
    });
  });

token
  .command('revoke')
  .description('Revoke a token by its id or name; requests with it are refused (401) from then on.')
  .argument('<id-or-name>', 'the id (from `token list`) or the name of an active token')
  .action(async (idOrName: string) => {
    await withDatabase(async (dataSource) => {
      const info = await revokeToken(dataSource, idOrName, cliActor());
      console.log(`Revoked ${info.role} token #${info.id} "${info.name}".`);
    });
  });

async function withDatabase(work: (dataSource: import('typeorm').DataSource) => Promise<void>): Promise<void> {
  const { dataSource } = await openDatabase(databaseUrl());
  try {
    await work(dataSource);
  } catch (error) {
    if (error instanceof TokenError || error instanceof UnknownOrganizationError) throw new Error(error.message);
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

function formatTokens(tokens: TokenInfo[]): string {
  if (tokens.length === 0) return 'No tokens.';
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '-');
  const rows = [['ID', 'ROLE', 'NAME', 'CREATED', 'LAST USED', 'REVOKED'], ...tokens.map((t) => [String(t.id), t.role, t.name, day(t.createdAt), day(t.lastUsedAt), day(t.revokedAt)])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

program
  .command('migrate-db')
  .description('Copy the database named by DATABASE_URL (default the SQLite file) into an empty PostgreSQL database, IDs and tokens included, in one transaction.')
  .requiredOption('--to <url>', 'the empty PostgreSQL database: postgres://user:password@host:port/database')
  .action(async (options: { to: string }) => {
    const copied = await migrateDatabase(databaseUrl(), options.to);
    console.log(`Copied ${redactUrl(databaseUrl())} to ${redactUrl(options.to)}:`);
    for (const { table, rows } of copied) console.log(`  ${table.padEnd(20)} ${rows}`);
    console.log(`Start the server on it with DATABASE_URL=${redactUrl(options.to)}`);
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
