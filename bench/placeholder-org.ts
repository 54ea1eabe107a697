/**
 * A stand-in for the synthetic-organisation generator (server/generate) with the same call shape,
 * so the benchmarks run before it exists: departments › divisions › teams of labelled-rows job
 * descriptions, every position documented, heads named by their head titles, substitutes by title.
 */
export interface GeneratedOrganization {
  files: { name: string; content: string }[];
  stats: { positions: number; documents: number; units: number };
}

const ORGANIZATION = 'Arendusamet';
const STAFF = [
  ['Spetsialist', 'Spetsialisti'],
  ['Peaspetsialist', 'Peaspetsialisti'],
  ['Nõunik', 'Nõunikku'],
  ['Analüütik', 'Analüütikut'],
  ['Jurist', 'Juristi'],
  ['Koordinaator', 'Koordinaatorit'],
] as const;

/** mulberry32: deterministic, so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Facts {
  unit: string;
  title: string;
  manager: string;
  substitutedBy: string;
  substitutes: string;
}

export function generateOrganization({ positions, seed = 1 }: { positions: number; seed?: number }): GeneratedOrganization {
  const next = random(seed);
  const files: GeneratedOrganization['files'] = [];
  let units = 0;
  const add = (facts: Facts) => files.push({ name: `jd-${String(files.length + 1).padStart(6, '0')}.txt`, content: text(facts) });
  for (let d = 1; files.length < positions; d++) {
    const department = `Teenuste ${d}. osakond`;
    units++;
    add({ unit: department, title: 'Osakonnajuhataja', manager: 'Peadirektor', substitutedBy: '-', substitutes: '-' });
    for (let v = 1; v <= 4 && files.length < positions; v++) {
      const division = `${department}, arenduse ${d}.${v} talitus`;
      units++;
      add({ unit: division, title: 'Talitusejuhataja', manager: 'Osakonnajuhataja', substitutedBy: '-', substitutes: '-' });
      for (let t = 1; t <= 3 && files.length < positions; t++) {
        const team = `${division} (nõustamise ${d}.${v}.${t} tiim)`;
        units++;
        const size = 3 + Math.floor(next() * (STAFF.length - 2));
        const staff = STAFF.slice(0, size);
        add({ unit: team, title: 'Tiimijuht', manager: 'Talitusejuhataja', substitutedBy: staff[0][0], substitutes: '-' });
        staff.forEach(([title], i) => {
          if (files.length >= positions) return;
          const after = staff[(i + 1) % size][0];
          const before = staff[(i + size - 1) % size][1];
          const lead = next() < 0.5;
          add({ unit: team, title, manager: 'Tiimijuht', substitutedBy: lead ? `${after}, tiimijuht` : after, substitutes: next() < 0.7 ? before : '-' });
        });
      }
    }
  }
  return { files, stats: { positions: files.length, documents: files.length, units } };
}

function text(f: Facts): string {
  return [
    'KINNITATUD',
    `${ORGANIZATION}i peadirektori 02.09.2024`,
    'käskkirjaga nr 1-1/140',
    'AMETIJUHEND',
    '1. Üldosa',
    `Struktuuriüksus ${f.unit}`,
    `Teenistuskoht ${f.title}`,
    `Vahetu juht ${f.manager}`,
    'Alluvad -',
    `Teenistuja asendab ${f.substitutes}`,
    `Teenistuja asendaja ${f.substitutedBy}`,
    `Teenistuskoha eesmärk Tagada ${f.unit.toLocaleLowerCase('et')} töö sujuv korraldamine.`,
    '2. Teenistusülesanded',
    '2.1. Valdkonna analüüside koostamine ja tulemuste tutvustamine.',
    '2.2. Klientide nõustamine valdkonna küsimustes.',
    '3. Õigused',
    '3.1. Saada oma tööks vajalikku teavet.',
    '4. Vastutus',
    '4.1. Vastutab talle pandud ülesannete täitmise eest.',
    '5. Nõuded',
    'Haridus: kõrgharidus',
    'Keeleoskus: eesti keel C1, inglise keel B2',
    '',
  ].join('\n');
}
