/**
 * Importing the five samples gives exactly the graph a reader of the documents expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/data-source.js';
import { importDocuments, type ImportResult } from '../../server/imports/import.service.js';
import { openTempDatabase, sampleFiles } from '../factories.js';
import { snapshot, type GraphSnapshot } from './snapshot.js';

const KLAT = 'KLAT ja abivajava lapse SRT tiim';
const AREN = 'Arendustalitus';
const PERE = 'Perelepituse tiim';
const ERI = 'Erihoolekande ja rehabilitatsiooni talitus';
const K1 = `Koordinaator (psühholoogiline abi ja traumast taastumist toetav vaimse tervise abi) @ ${AREN}`;
const P = `Peaspetsialist (perelepitus) @ ${PERE}`;

let db: Database;
let result: ImportResult;
let graph: GraphSnapshot;

beforeAll(async () => {
  db = await openTempDatabase();
  result = await importDocuments(db.dataSource, sampleFiles());
  graph = await snapshot(db.dataSource);
});
afterAll(() => db.dataSource.destroy());

describe('importing the five samples', () => {
  it('succeeds and reports what it created', () => {
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => f.status)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED', 'CREATED']);
    expect(result.files.map((f) => f.organization)).toEqual(Array(5).fill('Sotsiaalkindlustusamet'));
    expect(result.summary.documents).toEqual({ created: 5, updated: 0, unchanged: 0, removed: 0 });
    expect(result.summary.units).toEqual({ created: 8, updated: 0, unchanged: 0, removed: 0 });
    expect(result.summary.positions).toEqual({ created: 20, updated: 0, unchanged: 0, removed: 0 });
    expect(result.summary.relations).toEqual({ created: 27, updated: 0, unchanged: 0, removed: 0 });
  });

  it('builds three departments with their divisions and teams, merging the misspelt "Teenusete osakond"', () => {
    expect(graph.units).toEqual(
      [
        'Laste heaolu osakond (DEPARTMENT)',
        `Laste heaolu osakond › ${PERE} (TEAM)`,
        'Ohvriabi ja ennetusteenuste osakond (DEPARTMENT)',
        `Ohvriabi ja ennetusteenuste osakond › ${AREN} (DIVISION)`,
        'Ohvriabi ja ennetusteenuste osakond › Ennetustalitus (DIVISION)',
        `Ohvriabi ja ennetusteenuste osakond › Ennetustalitus › ${KLAT} (TEAM)`,
        'Teenuste osakond (DEPARTMENT)',
        `Teenuste osakond › ${ERI} (DIVISION)`,
      ].sort(),
    );
    expect(result.summary.merges.map((m) => [m.alias, m.name])).toEqual([['Teenusete osakond', 'Teenuste osakond']]);
  });

  it('holds the five documented positions and the fifteen undocumented ones they name, each in the unit that names it', () => {
    expect(graph.positions).toEqual(
      [
        `Koordinaator @ ${KLAT}`,
        `Koordinaator* @ ${KLAT}`,
        `Tiimijuht* @ ${KLAT}`,
        K1,
        `Tiimijuht* @ ${AREN}`,
        `Teenuse juht* @ ${AREN}`,
        `Koordinaator* @ ${AREN}`,
        P,
        `Perelepitusteenuse juht* @ ${PERE}`,
        `Nõunik* @ ${PERE}`,
        `Juhtivkoordinaator* @ ${PERE}`,
        `Koordinaator* @ ${PERE}`,
        `Teenuse juht @ ${ERI}`,
        `Koordinaator-nõustaja (ISTE) @ ${ERI}`,
        `Talitusejuhataja* @ ${ERI}`,
        `Arendusnõunik (rehabilitatsioon)* @ ${ERI}`,
        `Nõunik (rehabilitatsioon)* @ ${ERI}`,
        `Teenuse juht* @ ${ERI}`,
        `Projektijuht (ISTE)* @ ${ERI}`,
        `Koordinaator-nõustaja (ISTE)* @ ${ERI}`,
      ].sort(),
    );
  });

  it('links each documented position to the manager its document names', () => {
    expect(graph.reporting).toEqual(
      [
        `Koordinaator @ ${KLAT} → Tiimijuht* @ ${KLAT}`,
        `${K1} → Tiimijuht* @ ${AREN}`,
        `${P} → Perelepitusteenuse juht* @ ${PERE}`,
        `Teenuse juht @ ${ERI} → Talitusejuhataja* @ ${ERI}`,
        `Koordinaator-nõustaja (ISTE) @ ${ERI} → Projektijuht (ISTE)* @ ${ERI}`,
      ].sort(),
    );
  });

  it('stores every substitution line with the list and place that state it; a own title means a peer', () => {
    expect(graph.substitutions).toEqual(
      [
        `Koordinaator* @ ${KLAT} ⇒ Koordinaator @ ${KLAT} {substituted#0}`,
        `Tiimijuht* @ ${KLAT} ⇒ Koordinaator @ ${KLAT} {substituted#1}`,
        `Koordinaator @ ${KLAT} ⇒ Koordinaator* @ ${KLAT} {substitute#0}`,
        `Koordinaator @ ${KLAT} ⇒ Tiimijuht* @ ${KLAT} {substitute#1}`,
        `Teenuse juht* @ ${AREN} ⇒ ${K1} {substituted#0}`,
        `Tiimijuht* @ ${AREN} ⇒ ${K1} {substituted#1}`,
        `Koordinaator* @ ${AREN} ⇒ ${K1} {substituted#2}`,
        `${K1} ⇒ Teenuse juht* @ ${AREN} {substitute#0}`,
        `${K1} ⇒ Koordinaator* @ ${AREN} {substitute#1}`,
        `Perelepitusteenuse juht* @ ${PERE} ⇒ ${P} {substituted#0}`,
        `Nõunik* @ ${PERE} ⇒ ${P} {substituted#1}`,
        `Juhtivkoordinaator* @ ${PERE} ⇒ ${P} {substituted#2}`,
        `Koordinaator* @ ${PERE} ⇒ ${P} {substituted#3}`,
        `Arendusnõunik (rehabilitatsioon)* @ ${ERI} ⇒ Teenuse juht @ ${ERI} {substituted#0}`,
        `Nõunik (rehabilitatsioon)* @ ${ERI} ⇒ Teenuse juht @ ${ERI} {substituted#1}`,
        `Teenuse juht* @ ${ERI} ⇒ Teenuse juht @ ${ERI} {substituted#2}`,
        `Teenuse juht @ ${ERI} ⇒ Arendusnõunik (rehabilitatsioon)* @ ${ERI} {substitute#0}`,
        `Teenuse juht @ ${ERI} ⇒ Teenuse juht* @ ${ERI} {substitute#1}`,
        `Projektijuht (ISTE)* @ ${ERI} ⇒ Koordinaator-nõustaja (ISTE) @ ${ERI} {substituted#0}`,
        `Koordinaator-nõustaja (ISTE)* @ ${ERI} ⇒ Koordinaator-nõustaja (ISTE) @ ${ERI} {substituted#1}`,
        `Koordinaator-nõustaja (ISTE) @ ${ERI} ⇒ Projektijuht (ISTE)* @ ${ERI} {substitute#0}`,
        `Koordinaator-nõustaja (ISTE) @ ${ERI} ⇒ Koordinaator-nõustaja (ISTE)* @ ${ERI} {substitute#1}`,
      ].sort(),
    );
  });

  it('changes nothing when the same files are imported again', async () => {
    const again = await importDocuments(db.dataSource, sampleFiles());
    expect(again.ok).toBe(true);
    expect(again.files.map((f) => f.status)).toEqual(Array(5).fill('UNCHANGED'));
    expect(again.summary.documents).toEqual({ created: 0, updated: 0, unchanged: 5, removed: 0 });
    expect(again.summary.positions).toEqual({ created: 0, updated: 0, unchanged: 20, removed: 0 });
    expect(again.summary.relations).toEqual({ created: 0, updated: 0, unchanged: 27, removed: 0 });
    const after = await snapshot(db.dataSource);
    expect(after.positions).toEqual(graph.positions);
    expect(after.substitutions).toEqual(graph.substitutions);
    expect([...after.ids.positions]).toEqual([...graph.ids.positions]);
  });
});
