import { describe, expect, it } from 'vitest';
import { baseTitle, genitiveTitle, titleKey } from '../../server/ingest/estonian/titles.js';
import { baseUnitName, isSameUnitName, isUnitWord, joinUnitPaths, splitTrailingUnit, splitUnitPath, splitUnitPrefix, unitKind } from '../../server/ingest/estonian/units.js';
import { classifyReference } from '../../server/ingest/estonian/references.js';
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

  it('joins a spaced hyphen between two head nouns into one title, but not before a scope of several words', () => {
    expect(baseTitle('Sekretär - asjaajaja')).toBe('Sekretär-asjaajaja');
    expect(baseTitle('sekretär - asjaajajat')).toBe('Sekretär-asjaajaja');
    expect(baseTitle('Osakonna juhataja - allkirjaõiguse osas')).toBe('Osakonna juhataja - allkirjaõiguse osas');
  });

  it.each([
    ['Direktor', 'Direktori'],
    ['Osakonnajuhataja', 'Osakonnajuhataja'],
    ['Valdkonnajuht', 'Valdkonnajuhi'],
    ['Ehitusnõunik', 'Ehitusnõuniku'],
    ['Peaspetsialist', 'Peaspetsialisti'],
  ])('writes "%s" in genitive as "%s"', (title, genitive) => {
    expect(genitiveTitle(title)).toBe(genitive);
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

describe('alternatives with a pronoun', () => {
  it('reads "tema" after "või" as the genitive of the alternative before it, in any case', () => {
    expect(titleList('osakonnajuhataja või tema määratud teenistuja')).toEqual(['Osakonnajuhataja', 'Osakonnajuhataja määratud teenistuja']);
    expect(titleList('direktorit või tema poolt määratud ametnikku')).toEqual(['Direktor', 'Direktori poolt määratud ametnik']);
  });

  it('splits alternatives at an agent noun outside the table of heads', () => {
    expect(titleList('laborant või uurija')).toEqual(['Laborant', 'Uurija']);
    expect(titleList('Siseaudiitor (teavitus) ja vanemlaborant')).toEqual(['Siseaudiitor (teavitus)', 'Vanemlaborant']);
    expect(titleList('erihoolekande ja rehabilitatsiooni talituse juhataja')).toEqual(['Erihoolekande ja rehabilitatsiooni talituse juhataja']);
  });

  it('keeps two genitive designators of one placeholder as one alternative', () => {
    expect(titleList('peadirektori või valdkonnajuhi määratud ametnik')).toEqual(['Peadirektori või valdkonnajuhi määratud ametnik']);
  });
});

describe('plural titles', () => {
  it.each([
    ['administraatorid', 'Administraator'],
    ['referendid', 'Referent'],
    ['konsultandid', 'Konsultant'],
    ['vanemjuristid', 'Vanemjurist'],
    ['inspektorid (koolitus)', 'Inspektor (koolitus)'],
    ['spetsialistidele', 'Spetsialist'],
  ])('reduces "%s" to the title "%s"', (written, base) => {
    expect(baseTitle(written)).toBe(base);
  });

  it.each([
    ['metoodiku', 'Metoodik'],
    ['vanemlaboranti', 'Vanemlaborant'],
    ['laborandile', 'Laborant'],
    ['statistikut', 'Statistik'],
    ['bibliotekari', 'Bibliotekar'],
  ])('reduces "%s", an agent noun outside the table of heads, to "%s"', (written, base) => {
    expect(baseTitle(written)).toBe(base);
  });

  it('keeps an abbreviation upper case in a title read from an upper-case heading', () => {
    expect(baseTitle('it-arendaja')).toBe('IT-arendaja');
  });
});

describe('alternatives inside a placeholder', () => {
  it('ends a title at a partitive before the conjunction, since only a genitive designates', () => {
    expect(titleList('talituse juhatajat ja talituse juhataja poolt määratud teenistujat')).toEqual(['Talituse juhataja', 'Talituse juhataja poolt määratud teenistuja']);
  });

  it('ends a title at a genitive before "või" when it names no head who could designate', () => {
    expect(titleList('haldusspetsialisti või peadirektori asetäitja poolt määratud ametnik')).toEqual(['Haldusspetsialist', 'Peadirektori asetäitja poolt määratud ametnik']);
    expect(titleList('vallavanema või vallasekretäri poolt määratud ametnik')).toEqual(['Vallavanema või vallasekretäri poolt määratud ametnik']);
  });

  it('ends a title at a genitive before "ja": two people do not designate one role together', () => {
    expect(titleList('inseneri ja arenduse osakonna juhataja poolt määratud teenistujat')).toEqual(['Insener', 'Arenduse osakonna juhataja poolt määratud teenistuja']);
  });

  it('ends a title at a genitive followed by a whole title, not by the placeholder', () => {
    expect(titleList('analüütiku ja osakonna juhatajat või osakonna juhataja määratud teenistujat')).toEqual(['Analüütik', 'Osakonna juhataja', 'Osakonna juhataja määratud teenistuja']);
  });
});

describe('groups keep their plural', () => {
  it('reads a plural after the organisation\'s genitive as a group, in any case', () => {
    expect(titleList('valla sotsiaaltöötajad')).toEqual(['Valla sotsiaaltöötajad']);
    expect(titleList('valla sotsiaaltöötajaid')).toEqual(['Valla sotsiaaltöötajad']);
    expect(classifyReference('Valla sotsiaaltöötajad')).toEqual({ kind: 'GROUP', label: 'Valla sotsiaaltöötajad', unitName: '' });
  });

  it('reads the staff of a unit as that unit\'s group', () => {
    expect(classifyReference('talituse teenistujad')).toEqual({ kind: 'GROUP', label: 'Talituse teenistujad', unitName: 'Talitus' });
  });

  it('reduces a plural with no owner, or a unit\'s plural title, to the position it names', () => {
    expect(titleList('autojuhid ja mehaanikud')).toEqual(['Autojuht', 'Mehaanik']);
    expect(titleList('patrullgrupi konstaablid')).toEqual(['Patrullgrupi konstaabel']);
    expect(classifyReference('Valla sotsiaaltöötaja')).toEqual({ kind: 'POSITION', title: 'Valla sotsiaaltöötaja' });
  });
});

describe('unit words', () => {
  it.each(['osakonnas', 'talitusest', 'büroosse', 'grupile', 'teenistusele', 'keskuses', 'valdkonnast', 'kantseleisse', 'sektoris', 'tiimile', 'üksuses', 'amet', 'ameti'])(
    'knows "%s" as a unit word',
    (word) => expect(isUnitWord(word)).toBe(true),
  );

  it('knows "amet" as a unit only as a word of its own: a compound is an agency', () => {
    expect(isUnitWord('Sotsiaalkindlustusamet')).toBe(false);
    expect(isUnitWord('Maa-amet')).toBe(false);
    expect(splitUnitPath('Linnamajanduse ameti teede osakond')).toEqual(['Linnamajanduse amet', 'Teede osakond']);
  });

  it('writes a unit named in a local case in base form', () => {
    expect(baseUnitName('finantsosakonnas')).toBe('Finantsosakond');
    expect(baseUnitName('eelarvetalitusest')).toBe('Eelarvetalitus');
  });
});

describe('unit paths', () => {
  it('splits two unit names on one line without a comma', () => {
    expect(splitUnitPath('Finantsosakond Eelarvetalitus')).toEqual(['Finantsosakond', 'Eelarvetalitus']);
    expect(splitUnitPath('Finantsosakonna raamatupidamisbüroo')).toEqual(['Finantsosakond', 'Raamatupidamisbüroo']);
  });

  it('takes units in genitive off the front of a heading\'s title, keeping a bare unit noun in the title', () => {
    expect(splitUnitPrefix('ehituse osakonna peaspetsialisti')).toEqual({ units: ['Ehituse osakond'], rest: 'peaspetsialisti' });
    expect(splitUnitPrefix('osakonna juhataja')).toEqual({ units: [], rest: 'osakonna juhataja' });
    expect(splitUnitPrefix('hoolduse osakonna juhataja')).toEqual({ units: ['Hoolduse osakond'], rest: 'osakonna juhataja' });
    expect(splitUnitPrefix('grupijuhi')).toEqual({ units: [], rest: 'grupijuhi' });
  });

  it('finds a unit name after a title read as one value, but never in a title that names a unit in genitive', () => {
    expect(splitTrailingUnit('Vaneminspektor Tugiteenuste osakond')).toEqual({ title: 'Vaneminspektor', units: ['Tugiteenuste osakond'] });
    expect(splitTrailingUnit('IT-arendaja Kliimateenistus Õigusosakond')).toEqual({ title: 'IT-arendaja', units: ['Kliimateenistus', 'Õigusosakond'] });
    expect(splitTrailingUnit('Peaspetsialist (pered) Lastekaitse osakond')).toEqual({ title: 'Peaspetsialist (pered)', units: ['Lastekaitse osakond'] });
    expect(splitTrailingUnit('Jurist-analüütik Teabehalduse osakond, erihoolekandetalitus (Toetuste tiim)')).toEqual({
      title: 'Jurist-analüütik',
      units: ['Teabehalduse osakond', 'Erihoolekandetalitus', 'Toetuste tiim'],
    });
    expect(splitTrailingUnit('Koordinaator (ISTE)')).toBeNull();
    expect(splitTrailingUnit('Teenuste osakonna juht')).toBeNull();
    expect(splitTrailingUnit('Nõunik')).toBeNull();
  });

  it('takes a case form cut short for the same unit, and the heading\'s spelling where heading and row name one unit', () => {
    expect(isSameUnitName('ehitus osakond', 'Ehituse osakond')).toBe(true);
    expect(isSameUnitName('Ehituse osakond', 'Hariduse osakond')).toBe(false);
    expect(joinUnitPaths(['Ehituse osakond', 'Hankebüroo'], ['Ehitus osakond', 'hankebüroo'])).toEqual(['Ehituse osakond', 'Hankebüroo']);
    expect(joinUnitPaths(['Looduskaitse teenistus'], ['Kaitsealade osakond'])).toEqual(['Looduskaitse teenistus', 'Kaitsealade osakond']);
  });

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
