/**
 * Directives (KÄSKKIRI) approving job descriptions as annexes: one document per annex, each
 * approved by the directive, and the directive's own list checked against the annexes found.
 */
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../server/ingest/errors.js';
import { parseDocuments } from '../../../server/ingest/parse.js';
import { fixtureText, headerOf, parseFixture } from './fixtures.js';

const THREE_ANNEXES = 'numbered-02-block-directive-three-annexes.txt';

describe('a directive with three annexes', () => {
  const docs = parseFixture(THREE_ANNEXES);

  it('imports one document per annex, named after the file and the annex', () => {
    expect(docs.map((d) => d.fileName)).toEqual([1, 2, 3].map((n) => `${THREE_ANNEXES}#lisa-${n}`));
  });

  it('gives every annex the directive\'s date and number as its approval', () => {
    for (const doc of docs) expect(doc.approval).toMatchObject({ date: '2025-06-02', number: '2.1-2/25/044' });
  });

  it('reads each annex\'s header on its own', () => {
    expect(docs.map(headerOf)).toEqual([
      {
        layout: 'numbered-rows',
        title: 'Juhataja',
        unitPath: ['Raudteeteenistus', 'Ohutuse osakond'],
        manager: 'Raudteeteenistuse direktor',
        subordinates: [],
        substitutedBy: ['Osakonna teenistujad', 'Raudteeteenistuse direktor'],
        substitutes: ['Direktor', 'Osakonna teenistujad'],
      },
      {
        layout: 'numbered-rows',
        title: 'Vaneminspektor',
        unitPath: ['Raudteeteenistus', 'Ohutuse osakond'],
        manager: 'Ohutuse osakonna juhataja',
        subordinates: [],
        substitutedBy: ['Inspektor', 'Juhataja'],
        substitutes: ['Inspektor'],
      },
      {
        layout: 'numbered-rows',
        title: 'Nõunik',
        unitPath: ['Raudteeteenistus'],
        manager: 'Raudteeteenistuse direktor',
        subordinates: [],
        substitutedBy: ['Direktori poolt määratud teenistuja'],
        substitutes: ['Direktori poolt määratud teenistuja'],
      },
    ]);
  });

  it('rejects the complete directive when a listed annex is missing, naming the file and the list item\'s line', () => {
    const lines = fixtureText(THREE_ANNEXES).split('\n');
    const from = lines.indexOf('Lisa 2');
    const to = lines.indexOf('Lisa 3');
    const withoutAnnex2 = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    const listLine = lines.findIndex((l) => l.includes('(lisa 2)')) + 1;

    const error = (() => {
      try {
        parseDocuments(THREE_ANNEXES, withoutAnnex2);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toMatchObject({ fileName: THREE_ANNEXES, line: listLine });
    expect((error as Error).message).toBe(
      `${THREE_ANNEXES}:${listLine}: the directive lists annex 2 ("ohutuse osakonna vaneminspektori ametijuhend") but the file does not contain it`,
    );
  });
});

describe('directives in other layouts', () => {
  it('splits labelled-row annexes introduced by "KINNITATUD … Lisa N" and keeps the annex\'s own approval', () => {
    const docs = parseFixture('labelled-03-directive-two-annexes.txt');
    expect(docs.map((d) => d.title)).toEqual(['Talituse juhataja', 'Juhtivspetsialist (abivahendid)']);
    for (const doc of docs) expect(doc.approval).toEqual({ date: '2025-10-14', number: '1-1/208', issuer: 'Hoolekandeameti peadirektor' });
  });

  it('splits colon-label annexes that carry no "Lisa N" mark, with the directive\'s signer', () => {
    const docs = parseFixture('colon-01-directive-placeholders.txt');
    expect(docs.map(headerOf)).toEqual([
      {
        layout: 'colon-rows',
        title: 'Jurist',
        unitPath: [],
        manager: 'Valdkonnajuht (järelevalve)',
        subordinates: [],
        substitutedBy: ['Valdkonnajuhi või peadirektori määratud ametnik'],
        substitutes: ['Valdkonnajuhi poolt määratud ametnik'],
      },
      {
        layout: 'colon-rows',
        title: 'Vanemspetsialist (infoturve)',
        unitPath: [],
        manager: 'Peadirektori asetäitja',
        subordinates: [],
        substitutedBy: ['Peadirektori asetäitja', 'Jurist (järelevalvevaldkond)'],
        substitutes: ['Jurist (järelevalvevaldkond)'],
      },
    ]);
    for (const doc of docs) expect(doc.approval).toEqual({ date: '2025-02-03', number: '1.3-1/25/2-p', issuer: 'peadirektor', signer: 'Kati Karu' });
  });

  it('only warns about a listed annex that is missing when the text is cut off', () => {
    const docs = parseFixture('truncated-02-directive-cut-off.txt');
    expect(docs.map((d) => d.title)).toEqual(['Talituse juhataja', 'Juhtumikorraldaja']);
    expect(docs[1].warnings).toContainEqual({
      line: 4,
      message: 'the directive lists annex 3 ("assistent") but the file does not contain it (the text appears cut off)',
    });
  });
});
