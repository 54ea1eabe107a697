/**
 * Body text of generated job descriptions: purposes, duties with expected results, rights,
 * responsibilities and experience. Chosen per document from these lists; no personal data.
 */

export interface DutyText {
  text: string;
  results: string[];
}

const duty = (text: string, ...results: string[]): DutyText => ({ text, results });

export const STAFF_DUTIES: readonly DutyText[] = [
  duty('Valdkonna teenuste korraldamine ja nende kvaliteedi tagamine.', 'Teenused on korraldatud vajaduspõhiselt ja õigeaegselt.'),
  duty('Taotluste ja pöördumiste menetlemine ning otsuste ettevalmistamine.', 'Taotlused on menetletud seadusega ettenähtud korras.', 'Otsused on vormistatud õigeaegselt.'),
  duty('Klientide ja koostööpartnerite nõustamine oma pädevusvaldkonnas.', 'Kliendid on saanud asjakohast ja arusaadavat teavet.'),
  duty('Juhendite ja teabematerjalide koostamine ning ajakohastamine.', 'Juhendid on koostatud asjatundlikult ja on ajakohased.'),
  duty('Valdkonna andmete kogumine, analüüsimine ja aruannete koostamine.', 'Aruanded on koostatud ja esitatud tähtaegselt.'),
  duty('Osalemine valdkonna arendustegevuses ja töörühmades.', 'Ettepanekud on asjakohased ja rakendatavad.'),
  duty('Koostöö teiste struktuuriüksuste ja asutustega.', 'Infovahetus on toimiv ja koostöö sujuv.'),
  duty('Teenuse dokumentatsiooni haldamine ja arhiveerimine.', 'Dokumendid on korrektselt registreeritud ja leitavad.'),
  duty('Koolituste ja teavitusürituste ettevalmistamine ning läbiviimine.', 'Koolitused on läbi viidud ja osalejad on rahul.'),
  duty('Järelevalve korraldamine oma vastutusvaldkonnas.', 'Puudused on tuvastatud ja neist on teavitatud.'),
  duty('Riigihangete ja lepingute ettevalmistamises osalemine.', 'Hankedokumendid on nõuetekohased.'),
  duty('Statistika koostamine ja avaldamiseks ettevalmistamine.', 'Statistika on õige ja õigeaegselt avaldatud.'),
  duty('Infosüsteemide arendamises ja testimises osalemine.', 'Arendused vastavad kasutajate vajadustele.'),
  duty('Õigusaktide eelnõudele arvamuse andmine.', 'Arvamused on põhjendatud ja antud tähtaegselt.'),
];

export const HEAD_DUTIES: readonly DutyText[] = [
  duty('Üksuse töö planeerimine, korraldamine ja tulemuste eest vastutamine.', 'Üksuse eesmärgid on saavutatud.'),
  duty('Teenistujate juhendamine, hindamine ja arengu toetamine.', 'Teenistujad on motiveeritud ja nende areng on toetatud.', 'Arenguvestlused on läbi viidud.'),
  duty('Üksuse eelarve koostamises osalemine ja selle täitmise jälgimine.', 'Eelarve on kasutatud sihipäraselt.'),
  duty('Üksuse esindamine koostöös teiste üksuste ja partneritega.', 'Üksuse seisukohad on esindatud.'),
  duty('Töökorralduse ja protsesside arendamine.', 'Protsessid on tõhusad ja dokumenteeritud.'),
  duty('Aruandluse korraldamine ja juhtkonna informeerimine.', 'Juhtkond on saanud õigeaegse ja täpse ülevaate.'),
];

export const LAST_DUTY = duty('Vahetu juhi antud muude ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud nõuetekohaselt ja tähtaegselt.');

export const RIGHTS: readonly string[] = [
  'saada tööülesannete täitmiseks vajalikku infot, sh ligipääs tööks vajalikele infosüsteemidele;',
  'teha kaugtööd kokkuleppel vahetu juhiga;',
  'teha ettepanekuid töö paremaks korraldamiseks;',
  'osaleda oma valdkonna töörühmades ja koolitustel;',
  'saada tööalast juhendamist;',
];

export const RESPONSIBILITIES: readonly string[] = [
  'tööülesannete tulemusliku täitmise eest;',
  'tööülesannete täitmiseks antud vara heaperemeheliku kasutamise eest;',
  'teatavaks saanud isikuandmete ja juurdepääsupiiranguga teabe hoidmise eest;',
  'andmebaaside ja infosüsteemide turvalise kasutamise eest;',
  'oma kvalifikatsiooni hoidmise ja täiendamise eest;',
];

export const STAFF_EXPERIENCE: readonly string[] = [
  'Vähemalt kaheaastane töökogemus valdkonnas.',
  'Vähemalt üheaastane töökogemus avalikus sektoris.',
  'Töökogemus ametikoha valdkonnas on eeliseks.',
];

export const HEAD_EXPERIENCE: readonly string[] = [
  'Vähemalt kolmeaastane juhtimiskogemus.',
  'Vähemalt viieaastane töökogemus valdkonnas, sh juhtimiskogemus.',
];

/** Purposes of staff positions; {unit} is the unit in genitive ("Lastekaitse tiimi"). */
export const STAFF_PURPOSES: readonly string[] = [
  '{unit} eesmärkide saavutamisele kaasaaitamine oma pädevusvaldkonna piires.',
  'Valdkonna teenuste sujuva ja vajadustest lähtuva korralduse tagamine {unit} töös.',
  '{unit} pädevusse kuuluvate ülesannete asjatundlik ja õigeaegne täitmine.',
  'Klientide nõustamine ja teenuste kvaliteedi tagamine {unit} vastutusalas.',
];

export const HEAD_PURPOSE = '{unit} töö juhtimine ning eesmärkide ja tulemuste saavutamise tagamine.';
export const ORGANIZATION_PURPOSES = {
  HEAD: '{organization} juhtimine ning asutuse eesmärkide ja tulemuste saavutamise tagamine.',
  DEPUTY: 'Vastutusvaldkonna juhtimine ning {organization} strateegiliste eesmärkide elluviimise tagamine.',
  ADVISER: 'Peadirektori nõustamine ning {organization} arengukava elluviimise toetamine.',
} as const;

export const AMENDMENT = 'Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.';
