/**
 * The synthetic organisation generator on its own: deterministic per seed, exactly the size
 * asked for, spans of 3–12, every kind of gap planted once the organisation has room.
 */
import { describe, expect, it } from 'vitest';
import { generateOrganization, PLANTED_KINDS } from '../../server/generate/index.js';
import { parsePositions, parseSeed } from '../../server/generate/arguments.js';

describe('generateOrganization', () => {
  it('gives byte-identical documents and the same statistics for the same seed', () => {
    const first = generateOrganization({ positions: 500, seed: 42 });
    const second = generateOrganization({ positions: 500, seed: 42 });
    expect(second.files).toEqual(first.files);
    expect(second.stats).toEqual(first.stats);
    expect(second.planted).toEqual(first.planted);
  });

  it('gives a different organisation for a different seed', () => {
    const one = generateOrganization({ positions: 500, seed: 42 });
    const other = generateOrganization({ positions: 500, seed: 43 });
    expect(other.stats.positions.total).toBe(500);
    // Not just other dates: other units, titles and substitution lists.
    expect(other.headers).not.toEqual(one.headers);
    expect(other.headers.map((h) => h.unitPath.join(' › '))).not.toEqual(one.headers.map((h) => h.unitPath.join(' › ')));
  });

  it.each([1, 2, 4, 5, 13, 39, 99, 100, 101, 777, 3000])('has exactly %i positions, and every unit head 3–12 direct reports', (positions) => {
    const { stats, files } = generateOrganization({ positions, seed: positions });
    expect(stats.positions.total).toBe(positions);
    expect(stats.positions.documented + stats.positions.undocumented).toBe(positions);
    expect(files).toHaveLength(stats.positions.documented);
    if (stats.units.total > 0) {
      expect(stats.spans.min).toBeGreaterThanOrEqual(3);
      expect(stats.spans.max).toBeLessThanOrEqual(12);
    }
  });

  it('grows deeper with size: departments, divisions and teams, with deputies from 100 positions', () => {
    const { stats, headers } = generateOrganization({ positions: 10_000, seed: 1 });
    expect(stats.units.departments).toBeGreaterThan(10);
    expect(stats.units.divisions).toBeGreaterThan(stats.units.departments);
    expect(stats.units.teams).toBeGreaterThan(stats.units.divisions);
    expect(headers.filter((h) => h.title.startsWith('Peadirektori asetäitja'))).not.toHaveLength(0);
    expect(headers.filter((h) => h.unitPath.length === 3).length / headers.length).toBeGreaterThan(0.8);
  });

  it('plants every kind of gap but VACANT_SUBSTITUTE in an organisation of 300 positions, at a low rate', () => {
    const { stats, planted } = generateOrganization({ positions: 300, seed: 11 });
    expect(Object.keys(stats.plantedGaps).sort()).toEqual([...PLANTED_KINDS].sort());
    expect(PLANTED_KINDS).not.toContain('VACANT_SUBSTITUTE');
    expect(planted.length / stats.positions.total).toBeLessThan(0.1);
  });

  it('names files in document order, numbered with equal widths', () => {
    const { files } = generateOrganization({ positions: 12_000, seed: 3 });
    expect(files[0].name).toBe('00001-peadirektor.txt');
    expect(files.every((f) => /^\d{5}-[a-z0-9-]+\.txt$/.test(f.name))).toBe(true);
    expect(files.map((f) => f.name)).toEqual([...files.map((f) => f.name)].sort());
  });

  it('refuses a size or seed that is not a whole number in range', () => {
    expect(() => generateOrganization({ positions: 0, seed: 1 })).toThrow('positions must be an integer from 1 to 500,000, not 0');
    expect(() => generateOrganization({ positions: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateOrganization({ positions: 10, seed: 0.5 })).toThrow('seed must be an integer, not 0.5');
    expect(parsePositions('10_000')).toBe(10_000);
    expect(() => parsePositions('1e3')).toThrow('--positions must be a whole number from 1 to 500,000, not "1e3"');
    expect(() => parsePositions('-5')).toThrow('--positions must be a whole number');
    expect(parseSeed('-7')).toBe(-7);
    expect(() => parseSeed('abc')).toThrow('--seed must be a whole number, not "abc"');
  });
});
