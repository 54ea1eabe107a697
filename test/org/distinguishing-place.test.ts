import { describe, expect, it } from 'vitest';
import { distinguishingPlaces, placesByTitle, placeText, type Peer } from '../../server/org/distinguishing-place.js';

const DEPUTY = ['Peadirektori asetäitja teenuste alal'];

describe('the distinguishing place of a position', () => {
  it('gives each of three department heads under one deputy its own department', () => {
    const heads: Peer[] = ['Sotsiaalosakond', 'Tervishoiuosakond', 'Hoolekandeosakond'].map((unit, i) => ({ id: i + 1, title: 'Osakonna juhataja', path: [...DEPUTY, unit] }));
    expect(distinguishingPlaces(heads)).toEqual(
      new Map([
        [1, { units: ['Sotsiaalosakond'], document: null }],
        [2, { units: ['Tervishoiuosakond'], document: null }],
        [3, { units: ['Hoolekandeosakond'], document: null }],
      ]),
    );
  });

  it('adds the units above when the nearest unit has the same name in another department', () => {
    const leads: Peer[] = [
      { id: 1, title: 'Tiimijuht', path: ['Osakond A', 'Tiim 1'] },
      { id: 2, title: 'Tiimijuht', path: ['Osakond B', 'Tiim 1'] },
      { id: 3, title: 'Tiimijuht', path: ['Osakond B', 'Tiim 2'] },
    ];
    const places = distinguishingPlaces(leads);
    expect(places.get(1)?.units).toEqual(['Osakond A', 'Tiim 1']);
    expect(places.get(2)?.units).toEqual(['Osakond B', 'Tiim 1']);
    expect(places.get(3)?.units).toEqual(['Tiim 2']);
  });

  it('names the document file of two positions with one title in one unit, as nothing else tells them apart', () => {
    const twins: Peer[] = [
      { id: 1, title: 'Koordinaator', path: ['Osakond A', 'Tiim 1'], documentName: 'koordinaator-1.txt' },
      { id: 2, title: 'Koordinaator', path: ['Osakond A', 'Tiim 1'], documentName: 'koordinaator-2.txt' },
      { id: 3, title: 'Koordinaator', path: ['Osakond A', 'Tiim 2'] },
    ];
    const places = distinguishingPlaces(twins);
    expect(placeText(places.get(1))).toBe('Tiim 1, koordinaator-1.txt');
    expect(placeText(places.get(2))).toBe('Tiim 1, koordinaator-2.txt');
    expect(placeText(places.get(3))).toBe('Tiim 2');
  });

  it('takes a path that ends where a longer one does as its whole place', () => {
    const places = distinguishingPlaces([
      { id: 1, title: 'Nõunik', path: ['Tiim'] },
      { id: 2, title: 'Nõunik', path: ['Osakond', 'Tiim'] },
    ]);
    expect(places.get(1)).toEqual({ units: ['Tiim'], document: null });
    expect(places.get(2)).toEqual({ units: ['Osakond', 'Tiim'], document: null });
  });

  it('is null for a title that no other position has, and groups titles regardless of letter case', () => {
    const places = placesByTitle([
      { id: 1, title: 'Peadirektor', path: [] },
      { id: 2, title: 'Nõunik', path: ['Osakond A'] },
      { id: 3, title: 'nõunik', path: ['Osakond B'] },
    ]);
    expect(places.get(1)).toBeNull();
    expect(placeText(places.get(2))).toBe('Osakond A');
    expect(placeText(places.get(3))).toBe('Osakond B');
  });

  it('writes a place of several units from the outermost down', () => {
    expect(placeText({ units: ['Osakond B', 'Tiim 1'], document: null })).toBe('Osakond B › Tiim 1');
    expect(placeText({ units: [], document: null })).toBeNull();
  });
});
