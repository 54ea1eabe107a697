import { describe, expect, it } from 'vitest';
import { baseTitle, titleKey } from '../../server/ingest/estonian/titles.js';
import { splitUnitPath, unitKind } from '../../server/ingest/estonian/units.js';
import { titleList } from '../../server/ingest/estonian/lists.js';
import { detectOrganization } from '../../server/ingest/estonian/organizations.js';
import { isLikelySameUnit } from '../../server/org/unit-merge.js';

describe('base forms of titles', () => {
  it.each([
    ['Koordinaatorit', 'Koordinaator'],
    ['tiimijuhti', 'Tiimijuht'],
    ['teenuse juhti', 'Teenuse juht'],
    ['Arendusnõunikku (rehabilitatsioon)', 'Arendusnõunik (rehabilitatsioon)'],
    ['koordinaator-nõustajat (ISTE)', 'Koordinaator-nõustaja (ISTE)'],
    ['liiklusjuhtimiskeskuse juhatajale', 'Liiklusjuhtimiskeskuse juhataja'],
    ['direktorit', 'Direktor'],
    ['osakonna teenistujat', 'Osakonna teenistuja'],
    ['Peaspetsialist (perelepitus)', 'Peaspetsialist (perelepitus)'],
    ['Juhtivkoordinaator', 'Juhtivkoordinaator'],
    ['Nõunik', 'Nõunik'],
  ])('reads "%s" as "%s"', (written, base) => {
    expect(baseTitle(written)).toBe(base);
  });

  it('compares titles case-insensitively in base form', () => {
    expect(titleKey('Teenuse juhti')).toBe(titleKey('teenuse juht'));
    expect(titleKey('Koordinaator (ISTE)')).not.toBe(titleKey('Koordinaator'));
  });
});

describe('reference lists', () => {
  it('splits on commas outside brackets and drops "nobody" cells', () => {
    expect(titleList('Arendusnõunikku (rehabilitatsioon, arendus), teenuse juhti')).toEqual(['Arendusnõunik (rehabilitatsioon, arendus)', 'Teenuse juht']);
    expect(titleList('-')).toEqual([]);
    expect(titleList('puuduvad')).toEqual([]);
  });
});

describe('unit paths', () => {
  it('reads comma-separated levels and a bracketed team', () => {
    expect(splitUnitPath('Ohvriabi ja ennetusteenuste osakond, ennetustalitus (KLAT ja abivajava lapse SRT tiim)')).toEqual([
      'Ohvriabi ja ennetusteenuste osakond',
      'Ennetustalitus',
      'KLAT ja abivajava lapse SRT tiim',
    ]);
  });

  it('splits a genitive chain into base-form units', () => {
    expect(splitUnitPath('Teenuste osakonna erihoolekande ja rehabilitatsiooni talitus')).toEqual([
      'Teenuste osakond',
      'Erihoolekande ja rehabilitatsiooni talitus',
    ]);
  });

  it('tells the level from the last word, compounds included', () => {
    expect(unitKind('Ennetustalitus')).toBe('DIVISION');
    expect(unitKind('Laste heaolu osakond')).toBe('DEPARTMENT');
    expect(unitKind('Perelepituse tiim')).toBe('TEAM');
    expect(unitKind('Liiklusjuhtimiskeskus')).toBe('OTHER');
  });

  it('takes a one-letter typo for the same unit but not a different word', () => {
    expect(isLikelySameUnit('Teenusete osakond', 'Teenuste osakond')).toBe(true);
    expect(isLikelySameUnit('Laste heaolu osakond', 'Teenuste osakond')).toBe(false);
    expect(isLikelySameUnit('Arendustalitus', 'Ennetustalitus')).toBe(false);
    expect(isLikelySameUnit('Piirkond 1 tiim', 'Piirkond 2 tiim')).toBe(false);
  });
});

describe('the organisation named in a text', () => {
  it('reads an agency name in any case and its abbreviation', () => {
    expect(detectOrganization('Sotsiaalkindlustusameti peadirektori käskkirjaga')).toBe('Sotsiaalkindlustusamet');
    expect(detectOrganization('Osaleb regulaarselt SKA poolt pakutavates kovisioonides')).toBe('Sotsiaalkindlustusamet');
    expect(detectOrganization('Politsei- ja Piirivalveameti arendusosakonna')).toBe('Politsei- ja Piirivalveamet');
    expect(detectOrganization('Ametijuhend vaadatakse üle kord aastas.')).toBeNull();
  });
});
