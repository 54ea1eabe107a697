/**
 * Test data: job-description texts in the seed (table) layout, built from a few facts,
 * and temporary databases. Each test makes its own data.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../server/db/data-source.js';

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

/** A fresh SQLite file in a temporary folder. */
export function tempDatabaseUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'orgraph-test-')), 'test.sqlite')}`;
}

export function openTempDatabase(): Promise<Database> {
  return openDatabase(tempDatabaseUrl());
}
