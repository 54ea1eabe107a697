/**
 * The review queue holds what deserves a person's look, each kind from documents that produce it:
 * the bundled samples and small organisations made for each kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';
import { sampleFiles } from '../factories.js';
import { document, importOrganisation, jobDescriptionId, labelledRows, queue } from './review-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
});
afterAll(() => server.close());

const kinds = (nodes: { kind: string }[]) => nodes.map((n) => n.kind);

describe('the review queue of the bundled samples', () => {
  it('holds the unit name merged as a typo and the document imported with a warning, in that order', async () => {
    const org = await importOrganisation(server, 'Sotsiaalkindlustusamet', sampleFiles());
    const { data, errors } = await queue(server, org);
    expect(errors).toBeUndefined();
    expect(kinds(data.nodes)).toEqual(['TYPO_MERGE', 'IMPORT_WARNINGS']);
    expect(data.countsByKind).toEqual([
      { kind: 'TYPO_MERGE', count: 1 },
      { kind: 'IMPORT_WARNINGS', count: 1 },
    ]);
    const [merge, warnings] = data.nodes;
    expect(merge).toMatchObject({ field: 'unitPath', jobDescription: { sourceName: '003_8fe0a8b85a570b74.txt' }, positions: [{ title: 'Teenuse juht' }], status: 'OPEN' });
    expect(merge.explanation.en).toBe('The unit name "Teenusete osakond" in the job description of Teenuse juht (Teenuste osakond › Erihoolekande ja rehabilitatsiooni talitus) was taken as "Teenuste osakond" (Teenuste osakond): the spelling differs by a likely typo.');
    expect(merge.explanation.et).toBe('Struktuuriüksuse nimi „Teenusete osakond“ ametikoha Teenuse juht (Teenuste osakond › Erihoolekande ja rehabilitatsiooni talitus) ametijuhendis loeti üksuseks „Teenuste osakond“ (Teenuste osakond): kirjapilt erineb tõenäoliselt trükivea tõttu.');
    expect(merge.lines).not.toBeNull();
    expect(warnings).toMatchObject({ field: null, jobDescription: { sourceName: '000_fedac296925412a5.txt' }, lines: { start: 171, end: 171 } });
    expect(warnings.explanation.en).toMatch(/^The job description of Koordinaator \(Ohvriabi ja ennetusteenuste osakond › Ennetustalitus › KLAT ja abivajava lapse SRT tiim\) was imported with 1 warning \(line 171: duplicate duty number 3\.12/);
    expect(warnings.explanation.et).toMatch(/^Ametikoha Koordinaator \(.*\) ametijuhend imporditi 1 hoiatusega \(rida 171: /);
  });
});

describe('each kind of item', () => {
  it('lists a header field read with low or medium confidence, with its reasons and source lines', async () => {
    const org = await importOrganisation(server, 'Madal kindlus', [{ name: 'nounik.txt', content: document({ title: 'Nõunik', unit: 'Arendus' }) }]);
    const { data } = await queue(server, org, { kind: 'LOW_CONFIDENCE_FIELD' });
    expect(data.nodes.map((n: { field: string }) => n.field)).toEqual(['title', 'unitPath', 'manager']);
    const [title] = data.nodes;
    expect(title.explanation.en).toBe('The reader is unsure of the title of Nõunik Arendus (top of the organisation) (low confidence: two values run together); it read "Nõunik Arendus".');
    expect(title.explanation.et).toBe('Ametikoha Nõunik Arendus (asutuse tasand) välja „Ametinimetus“ lugemine on ebakindel (madal kindlus: kaks väärtust on kokku jooksnud); loetud: „Nõunik Arendus“.');
    expect(title.lines).toEqual({ start: 9, end: 9 });
    // Low before medium: the title's doubt is the more pressing.
    expect(data.nodes[2].explanation.en).toContain('(medium confidence: no manager found); it read nothing.');
  });

  it('lists a title merged as a typo on the document that wrote it, naming both positions', async () => {
    const org = await importOrganisation(server, 'Trükiviga', [
      { name: 'a-peaspetsialist.txt', content: document({ title: 'Peaspetsialist', unit: 'Arendusosakond', manager: 'Osakonna juhataja' }) },
      { name: 'b-analyytik.txt', content: document({ title: 'Analüütik', unit: 'Arendusosakond', manager: 'Osakonna juhataja', substitutedBy: 'Peaspetsjalist' }) },
    ]);
    const { data } = await queue(server, org, { kind: 'TYPO_MERGE' });
    expect(data.nodes).toHaveLength(1);
    expect(data.nodes[0]).toMatchObject({ field: 'substitutedBy', jobDescription: { sourceName: 'b-analyytik.txt' }, positions: [{ title: 'Analüütik' }, { title: 'Peaspetsialist' }] });
    expect(data.nodes[0].explanation.en).toBe('"Peaspetsjalist" (substitutes (who stands in for it) in the job description of Analüütik (Arendusosakond)) was taken as Peaspetsialist (Arendusosakond): the spelling differs by a likely typo.');
  });

  it('lists a reference taken across departments and one left undocumented with several candidates', async () => {
    const org = await importOrganisation(server, 'Viited', [
      { name: 'a-andmekaitse.txt', content: document({ title: 'Andmekaitsespetsialist', unit: 'Õigusosakond' }) },
      { name: 'b-nounik.txt', content: document({ title: 'Nõunik', unit: 'Arendusosakond', substitutedBy: 'Andmekaitsespetsialist' }) },
      { name: 'c-andmeinsener.txt', content: document({ title: 'Andmeinsener', unit: 'Õigusosakond' }) },
      { name: 'd-andmeinsener.txt', content: document({ title: 'Andmeinsener', unit: 'Finantsosakond' }) },
      { name: 'e-analyytik.txt', content: document({ title: 'Analüütik', unit: 'Arendusosakond', substitutes: 'Andmeinsenerit' }) },
    ]);
    const { data } = await queue(server, org);
    const cross = data.nodes.find((n: { kind: string }) => n.kind === 'CROSS_UNIT_REFERENCE');
    expect(cross).toMatchObject({ field: 'substitutedBy', jobDescription: { sourceName: 'b-nounik.txt' }, positions: [{ title: 'Nõunik' }, { title: 'Andmekaitsespetsialist' }] });
    expect(cross.explanation.et).toBe('„Andmekaitsespetsialist“ ametikoha Nõunik (Arendusosakond) ametijuhendis ei nimeta ühtki ametikohta oma üksustes; see loeti ainsaks sellise nimetusega ametikohaks mujal: Andmekaitsespetsialist (Õigusosakond).');
    const ambiguous = data.nodes.find((n: { kind: string }) => n.kind === 'AMBIGUOUS_REFERENCE');
    expect(ambiguous).toMatchObject({ field: 'substitutes', jobDescription: { sourceName: 'e-analyytik.txt' }, positions: [{ title: 'Analüütik' }, { title: 'Andmeinsener' }] });
    expect(ambiguous.explanation.en).toContain('Andmeinsener (Finantsosakond), Andmeinsener (Õigusosakond)');
    expect(ambiguous.explanation.et).toContain('mujal on neid 2: Andmeinsener (Finantsosakond), Andmeinsener (Õigusosakond); see jäeti dokumenteerimata ametikohaks üksuses „Arendusosakond“.');
    // Ambiguous before cross-unit.
    expect(kinds(data.nodes).indexOf('AMBIGUOUS_REFERENCE')).toBeLessThan(kinds(data.nodes).indexOf('CROSS_UNIT_REFERENCE'));
  });

  it('lists both kinds of reporting conflict on the subordinate’s document, field manager', async () => {
    const org = await importOrganisation(server, 'Alluvus', [
      { name: 'juhataja.txt', content: labelledRows('Osakonna juhataja', 'Peadirektor', 'Nõunik, analüütik') },
      { name: 'nounik.txt', content: labelledRows('Nõunik', 'Peadirektor') },
      { name: 'jurist.txt', content: labelledRows('Jurist', 'Osakonna juhataja') },
    ]);
    const { data } = await queue(server, org, { kind: 'REPORTING_CONFLICT' });
    expect(data.nodes.map((n: { jobDescription: { sourceName: string }; field: string; positions: { title: string }[] }) => [n.jobDescription.sourceName, n.field, n.positions.map((p) => p.title)])).toEqual([
      ['jurist.txt', 'manager', ['Jurist', 'Osakonna juhataja']],
      ['nounik.txt', 'manager', ['Nõunik', 'Osakonna juhataja', 'Peadirektor']],
    ]);
    expect(data.nodes[1].explanation.en).toBe(
      "The job description of Osakonna juhataja (Arendusosakond) lists Nõunik (Arendusosakond) among its reports (Alluvad), but the subordinate's own job description names Peadirektor (top of the organisation) as its direct manager (Vahetu juht); the chart follows the subordinate's own document.",
    );
    expect(data.nodes[0].explanation.et).toBe('Ametikoha Jurist (Arendusosakond) ametijuhendis on vahetu juht Osakonna juhataja (Arendusosakond), kuid juhi ametijuhendi alluvate loetelus seda ametikohta ei ole.');
  });

  it('lists a substitution line the other side’s document does not state, on the silent side', async () => {
    const org = await importOrganisation(server, 'Asendus', [
      { name: 'analyytik.txt', content: document({ title: 'Analüütik', unit: 'Arendusosakond' }) },
      { name: 'nounik.txt', content: document({ title: 'Nõunik', unit: 'Arendusosakond', substitutedBy: 'Analüütik' }) },
    ]);
    const { data } = await queue(server, org, { kind: 'CONTRADICTED_SUBSTITUTION' });
    expect(data.nodes).toHaveLength(1);
    expect(data.nodes[0]).toMatchObject({ field: 'substitutes', jobDescription: { sourceName: 'analyytik.txt' }, positions: [{ title: 'Analüütik' }, { title: 'Nõunik' }] });
    expect(data.nodes[0].explanation.et).toBe('Ametikoha Nõunik (Arendusosakond) ametijuhendi järgi asendab seda Analüütik (Arendusosakond), kuid asendaja enda ametijuhendis ei ole seda ametikohta loetelus „Keda asendab“.');
  });

  it('lists a correction whose document changed, first in the queue, with the old and new reading and the correction', async () => {
    const name = 'nounik.txt';
    const org = await importOrganisation(server, 'Parandus', [
      { name, content: document({ title: 'Nõunik', unit: 'Arendusosakond', manager: 'Osakonna juhataja', substitutedBy: 'Analüütik' }) },
      { name: 'analyytik.txt', content: document({ title: 'Analüütik', unit: 'Arendusosakond', manager: 'Osakonna juhataja', substitutes: 'Nõunikku' }) },
    ]);
    const documentId = await jobDescriptionId(server, 'Parandus', 'Nõunik');
    const corrected = await server.gql(`mutation($input: CorrectFieldInput!) { correctField(input: $input) { ok errors { message } } }`, {
      input: { jobDescriptionId: documentId, field: 'manager', value: ['Arendusjuht'] },
    });
    expect(corrected.data.correctField).toEqual({ ok: true, errors: [] });
    expect((await queue(server, org, { kind: 'STALE_CORRECTION' })).data.nodes).toEqual([]);

    await importOrganisation(server, 'Parandus', [{ name, content: document({ title: 'Nõunik', unit: 'Arendusosakond', manager: 'Peadirektor', substitutedBy: 'Analüütik' }) }]);
    const { data } = await queue(server, org);
    expect(data.nodes[0]).toMatchObject({ kind: 'STALE_CORRECTION', field: 'manager', jobDescription: { sourceName: name }, positions: [{ title: 'Nõunik' }], status: 'OPEN' });
    expect(data.nodes[0].explanation.en).toBe(
      'The document changed since this was corrected: the direct manager of Nõunik (Arendusosakond) read "Osakonna juhataja" when it was corrected to "Arendusjuht", and now reads "Peadirektor". The new reading shows until the correction is kept for the new text or undone.',
    );
    expect(data.nodes[0].explanation.et).toBe(
      'Ametijuhend on pärast parandamist muutunud: ametikoha Nõunik (Arendusosakond) väljal „Vahetu juht“ oli loetud „Osakonna juhataja“, mis parandati väärtuseks „Arendusjuht“; nüüd on loetud „Peadirektor“. Kuni parandus uue teksti jaoks kinnitatakse või tühistatakse, kehtib uus lugemine.',
    );
  });
});
