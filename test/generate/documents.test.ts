/**
 * Generated documents through the real parser: each reads back to the header it was written
 * from, in the seed (table) layout, naming its organisation, with nothing left unplaced.
 */
import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../../server/generate/index.js';
import { HEAD_TITLES, ORGANIZATION_HEAD, STAFF_TITLES, SUPPORT_TITLES, TOP_ADVISER, deputyTitle, MAX_DEPUTIES } from '../../server/generate/vocabulary.js';
import { parseDocument } from '../../server/ingest/parse.js';
import { baseTitle } from '../../server/ingest/estonian/titles.js';

const readBack = (file: { name: string; content: string }) => parseDocument(file.name, file.content);
const headerOf = (file: { name: string; content: string }) => {
  const { title, unitPath, manager, substitutedBy, substitutes } = readBack(file);
  return { title, unitPath, manager, substitutedBy, substitutes };
};

describe('generated job descriptions', () => {
  it('read back to exactly the title, unit path, manager and substitute lists they were written from', () => {
    const { files, headers } = generateOrganization({ positions: 600, seed: 5 });
    files.forEach((file, i) => expect(headerOf(file), file.name).toEqual(headers[i]));
  });

  it('are in the table layout, name their organisation, and leave no line unplaced', () => {
    const { files } = generateOrganization({ positions: 300, seed: 6 });
    for (const file of files) {
      const parsed = readBack(file);
      expect([parsed.layout, parsed.organization, parsed.warnings], file.name).toEqual(['table', 'Näidisamet', []]);
      expect(parsed.duties.length).toBeGreaterThanOrEqual(3);
      expect(parsed.requirements.educationLevel).not.toBeNull();
      expect(parsed.signatures.map((s) => s.name)).toEqual(['Teenistuja 1', expect.stringMatching(/^Teenistuja \d+$/)]);
    }
  });

  it('name the organisation given, in the genitive the parser reads', () => {
    const { files } = generateOrganization({ positions: 20, seed: 1, organization: 'Maksuamet' });
    expect(files.map((f) => readBack(f).organization)).toEqual(files.map(() => 'Maksuamet'));
  });

  it('write every title in a partitive the parser turns back into the title', () => {
    const titles = [...STAFF_TITLES, ...SUPPORT_TITLES, ...Object.values(HEAD_TITLES), ORGANIZATION_HEAD, TOP_ADVISER];
    for (let i = 0; i < MAX_DEPUTIES; i++) titles.push(deputyTitle(i));
    for (const { base, partitive } of titles) expect(baseTitle(partitive)).toBe(base);
  });
});

describe('a small generated organisation, checked by hand (40 positions, seed 1)', () => {
  const { files, headers, planted, stats } = generateOrganization({ positions: 40, seed: 1 });
  const file = (prefix: string) => files.find((f) => f.name.startsWith(prefix))!;
  const lines = (prefix: string) => file(prefix).content.split('\n');

  it('has a head, two departments, two divisions and five teams', () => {
    expect(stats.units).toEqual({ departments: 2, divisions: 2, teams: 5, total: 9 });
    expect(stats.positions).toEqual({ total: 40, documented: 38, undocumented: 2 });
    expect(headers[0]).toEqual({ title: 'Peadirektor', unitPath: [], manager: null, substitutedBy: [], substitutes: [] });
  });

  it('writes the head of the organisation at the top, with a dash for its unit', () => {
    expect(lines('0001').slice(0, 14)).toEqual([
      'KINNITATUD', 'Näidisameti peadirektori 03.08.2021', 'käskkirjaga nr 1-1/144', '', 'AMETIJUHEND', '', '1. ÜLDOSA', '',
      '1.1 Ametinimetus 1.2 Struktuuriüksus', '', 'Peadirektor -', '', '1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab', '',
    ]);
    expect(lines('0001')[14]).toBe('- - -');
  });

  it('writes "Kes asendab" in nominative and "Keda asendab" in partitive, as the samples do', () => {
    expect(lines('0013-tiimijuht')).toContain('Tiimijuht Tugiteenuste osakonna hindamistalitus, järelevalve tiim');
    expect(lines('0013-tiimijuht').join('\n')).toContain('Talituse juhataja Peaspetsialist (register), konsultant Analüütikut,\npeaspetsialisti (register), spetsialisti');
    expect(headerOf(file('0013'))).toEqual({
      title: 'Tiimijuht',
      unitPath: ['Tugiteenuste osakond', 'Hindamistalitus', 'Järelevalve tiim'],
      manager: 'Talituse juhataja',
      substitutedBy: ['Peaspetsialist (register)', 'Konsultant'],
      substitutes: ['Analüütik', 'Peaspetsialist (register)', 'Spetsialist'],
    });
  });

  it('names a peer with the same title by that title, from both sides', () => {
    // Two "Juhtivspetsialist" in the care team: each document's own title means the other one.
    expect(lines('0034')).toContain('Tiimijuht Juhtivspetsialist Juhtivspetsialisti');
    expect(headers[files.indexOf(file('0031'))].substitutes).toContain('Juhtivspetsialist');
  });

  it('plants gaps with undocumented members, placeholders and schemes written as real documents write them', () => {
    expect(planted).toEqual([
      { kind: 'NO_SUBSTITUTE', file: '0032-noustaja.txt' },
      { kind: 'ONLY_UNDOCUMENTED_SUBSTITUTES', file: '0015-konsultant.txt' },
      { kind: 'SINGLE_SUBSTITUTE', file: '0036-vanemspetsialist.txt' },
      { kind: 'MANAGER_ONLY', file: '0027-juhtivspetsialist.txt' },
      { kind: 'MUTUAL_PAIR_ONLY', file: '0012-peaspetsialist.txt' },
      { kind: 'MUTUAL_PAIR_ONLY', file: '0008-jurist.txt' },
    ]);
    // An assistant role nobody documented, and someone the lead will designate.
    expect(lines('0015')).toContain('Tiimijuht Arhivaar, tiimijuhi määratud ametnik Tiimijuhti, spetsialisti');
    expect(headerOf(file('0015')).substitutedBy).toEqual(['Arhivaar', 'Tiimijuhi määratud ametnik']);
    // A scheme names no one.
    expect(lines('0032')).toContain('Tiimijuht Vastavalt asendusskeemile Juhtivspetsialisti');
    expect(headerOf(file('0032')).substitutedBy).toEqual([]);
    // Long cells wrap, as exported tables do.
    expect(file('0027').content).toContain('Tiimijuht Tiimijuht Inspektorit (statistika), inspektorit (kriisiabi),\ntiimijuhti\n');
  });
});
