/**
 * Test data: job-description texts in the seed (table) layout, built from a few facts,
 * and temporary databases (SQLite, or PostgreSQL in the postgres project). Each test makes its own data.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../server/db/data-source.js';
import { toLines } from '../server/ingest/lines.js';
import { parseBody } from '../server/ingest/sections/index.js';
import { createTestDatabase, testingOnPostgres } from './postgres/databases.js';

export interface JobDescriptionFacts {
  title: string;
  /** As written in the Struktuuriüksus cell, e.g. "Laste heaolu osakond, lastekaitse talitus". */
  unit: string;
  manager?: string;
  /** The "Kes asendab" cell as written. */
  substitutedBy?: string;
  /** The "Keda asendab" cell as written (partitive in real documents). */
  substitutes?: string;
  purpose?: string;
  duties?: { text: string; results: string[] }[];
  employee?: string;
}

/** A job description in the table layout of the Sotsiaalkindlustusamet samples. */
export function jobDescriptionText(facts: JobDescriptionFacts): string {
  const duties = facts.duties ?? [{ text: 'Vahetu juhi antud ühekordsete ülesannete täitmine.', results: ['Ülesanded on täidetud tähtaegselt.'] }];
  return [
    'Töölepingu juurde kuuluv lisa',
    '',
    'AMETIJUHEND',
    '',
    '1. ÜLDOSA',
    '',
    '1.1 Ametinimetus 1.2 Struktuuriüksus',
    '',
    `${facts.title} ${facts.unit}`,
    '',
    '1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab',
    '',
    `${facts.manager ?? '-'} ${facts.substitutedBy ?? '-'} ${facts.substitutes ?? '-'}`,
    '',
    '2. TÖÖKOHA EESMÄRK',
    '',
    facts.purpose ?? `Sotsiaalkindlustusameti ${facts.title.toLowerCase()} töö korraldamine.`,
    '',
    '3. TÖÖÜLESANDED',
    '',
    'Põhiülesanded Oodatavad tulemused',
    '',
    ...duties.flatMap((duty, i) => [`3.${i + 1} ${duty.text}`, '', ...duty.results.map((r) => `▪ ${r}`), '']),
    '4. ÕIGUSED',
    '',
    '▪ saada tööülesannete täitmiseks vajalikku infot;',
    '',
    '5. VASTUTUS',
    '',
    '▪ tööülesannete tulemusliku täitmise eest;',
    '',
    '6. TÖÖKOHALE ESITATAVAD NÕUDED',
    '',
    'Haridus',
    '',
    'Kõrgharidus',
    '',
    'Keeleoskus',
    '',
    'Eesti keele valdamine vähemalt tasemel C1.',
    '',
    '7. AMETIJUHENDI MUUTMINE',
    '',
    'Ametijuhend vaadatakse üle kord aastas.',
    '',
    'Poolte allkirjad:',
    '',
    'Tööandja: Töötaja:',
    '',
    '(allkirjastatud digitaalselt) (allkirjastatud digitaalselt)',
    `Mari Maasikas ${facts.employee ?? 'Jaan Tamm'}`,
    'peadirektor',
    '',
  ].join('\n');
}

export const SAMPLES_DIR = fileURLToPath(new URL('../data/samples/', import.meta.url));

/** The bundled samples as import files, in name order. */
export function sampleFiles(): { name: string; content: string }[] {
  return readdirSync(SAMPLES_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(SAMPLES_DIR, name), 'utf8') }));
}

export function sampleText(prefix: string): string {
  const file = sampleFiles().find((f) => f.name.startsWith(prefix));
  if (!file) throw new Error(`no sample ${prefix}`);
  return file.content;
}

/** The parsed body of a sample: from its "2. … EESMÄRK" heading, wherever the header block ends. */
export function sampleBody(prefix: string) {
  const lines = toLines(sampleText(prefix));
  const start = lines.findIndex((line) => /^\d+\.\s*\p{Lu}+ EESMÄRK$/u.test(line.text));
  if (start <= 0) throw new Error(`sample ${prefix} has no purpose heading`);
  return parseBody(lines.slice(start));
}

/** A fresh SQLite file in a temporary folder. */
export function tempSqliteUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'orgraph-test-')), 'test.sqlite')}`;
}

/** A fresh, empty database: a SQLite file, or in the postgres project a new PostgreSQL database. */
export async function tempDatabaseUrl(): Promise<string> {
  return testingOnPostgres() ? createTestDatabase() : tempSqliteUrl();
}

export async function openTempDatabase(): Promise<Database> {
  return openDatabase(await tempDatabaseUrl());
}

export interface AnnexFacts {
  title: string;
  /** Lower-case unit as the numbered layout writes it ("arendusosakond"). */
  unit: string;
  /** Allative: "osakonna juhatajale". */
  reportsTo: string;
  substitutedBy: string;
  /** Partitive: "juhatajat". */
  substitutes: string;
}

/** A directive (KÄSKKIRI) approving job descriptions in the numbered-rows layout as annexes. */
export function directiveText(agency: string, annexes: AnnexFacts[], options: { omitAnnex?: number } = {}): string {
  const list = annexes.map((a, i) => `1.${i + 1}. ${a.title.toLowerCase()} (lisa ${i + 1})`).join('; ');
  const body = annexes.flatMap((a, i) =>
    i + 1 === options.omitAnnex
      ? []
      : [
          `Lisa ${i + 1}`,
          agency.toUpperCase(),
          'AMETIJUHEND',
          '1. Üldosa',
          `1.1. Struktuuriüksuse nimetus ${a.unit}`,
          `1.2. Teenistuskoha nimetus ${a.title.toLowerCase()}`,
          `1.3. Allub ${a.reportsTo}`,
          `1.4. Asendaja ${a.substitutedBy}`,
          `1.5. Asendab ${a.substitutes}`,
          '2. Teenistuskoha eesmärk',
          `${a.title} korraldab oma valdkonna tööd.`,
          '3. Teenistusülesanded',
          '3.1. Valdkonna töö korraldamine.',
          '4. Ametijuhendi muutmine',
          'Ametijuhend vaadatakse üle kord aastas.',
          '(allkirjastatud digitaalselt)',
          'Teet Testija',
          '',
        ],
  );
  return [
    'KÄSKKIRI',
    '14.03.2026 nr 1-2/26/7',
    'Ametijuhendite kinnitamine',
    `1. Kinnitan ${agency.replace(/amet$/, 'ameti')} ametijuhendid järgmiselt: ${list}.`,
    '(allkirjastatud digitaalselt)',
    'Piret Proovija',
    'peadirektor',
    '',
    ...body,
  ].join('\n');
}
