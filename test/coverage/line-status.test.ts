// Line status decides CONFIRMED / UNCONFIRMED / CONTRADICTED from who states a line and who has a document.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { org } from './factory.js';

/** The status of each line into `key`, by the substitute's description. */
function statuses(build: ReturnType<typeof org>, key: string) {
  const fixture = build.build();
  const entry = fixture.entry(analyzeCoverage(fixture.graph), key);
  return entry.substitutes.map((s) => [s.ref.kind === 'POSITION' ? fixture.key(s.ref.positionId) : s.ref.label, s.status]);
}

describe('line status', () => {
  const base = () =>
    org()
      .unit('Tiim 1')
      .position('Koordinaator', { unit: 'Tiim 1' })
      .position('Spetsialist', { unit: 'Tiim 1' })
      .position('Assistent', { unit: 'Tiim 1', documented: false });

  it('is confirmed when both documents state the line', () => {
    const b = base().line({ substitute: 'Spetsialist', substituted: 'Koordinaator', statedBy: 'both' });
    expect(statuses(b, 'Koordinaator')).toEqual([['Spetsialist', 'CONFIRMED']]);
  });

  it('is contradicted when the substitute has a document that does not state it', () => {
    const b = base().line({ substitute: 'Spetsialist', substituted: 'Koordinaator', statedBy: 'substituted' });
    expect(statuses(b, 'Koordinaator')).toEqual([['Spetsialist', 'CONTRADICTED']]);
  });

  it('is contradicted when the substituted position has a document that does not name its substitute', () => {
    const b = base().line({ substitute: 'Spetsialist', substituted: 'Koordinaator', statedBy: 'substitute' });
    expect(statuses(b, 'Koordinaator')).toEqual([['Spetsialist', 'CONTRADICTED']]);
  });

  it('is unconfirmed when the silent side is an undocumented position', () => {
    const b = base()
      .line({ substitute: 'Assistent', substituted: 'Koordinaator', statedBy: 'substituted' })
      .line({ substitute: 'Koordinaator', substituted: 'Assistent', statedBy: 'substitute' });
    expect(statuses(b, 'Koordinaator')).toEqual([['Assistent', 'UNCONFIRMED']]);
    expect(statuses(b, 'Assistent')).toEqual([['Koordinaator', 'UNCONFIRMED']]);
  });

  it('is unconfirmed when the silent side is a group or a placeholder, which never have documents', () => {
    const b = base()
      .line({ substitute: { group: 'Tiim 1' }, substituted: 'Koordinaator', statedBy: 'substituted' })
      .line({ substitute: { placeholder: 'valdkonnajuhi määratud ametnik' }, substituted: 'Koordinaator', statedBy: 'substituted' })
      .line({ substitute: 'Spetsialist', substituted: { group: 'Tiim 1' }, statedBy: 'substitute' });
    expect(statuses(b, 'Koordinaator')).toEqual([
      ['osakonna teenistujad', 'UNCONFIRMED'],
      ['valdkonnajuhi määratud ametnik', 'UNCONFIRMED'],
      ['Spetsialist', 'UNCONFIRMED'],
    ]);
  });
});
