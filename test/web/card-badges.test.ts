import { describe, expect, it } from 'vitest';
import { badgeWidth, cardRoom, CARD_INNER_WIDTH, rowsFor } from '../../web/src/features/chart/card-badges';

describe("room for a card's badges", () => {
  it("keeps short badges on one row beside the title, specialisation and unit's name", () => {
    const widths = [badgeWidth('2 asendajat', { dot: true })];
    expect(cardRoom(widths, true, true)).toEqual({ badgeRows: 1, showUnit: true, showSpecialization: true, titleLines: 2 });
  });

  it("wraps badges that do not fit one row onto a second, and gives the unit's line up for it", () => {
    const widths = [badgeWidth('Kinnitamata asendusseos', { bold: true }), badgeWidth('1 asendaja', { dot: true }), badgeWidth('parandatud')];
    expect(widths.reduce((a, b) => a + b)).toBeGreaterThan(CARD_INNER_WIDTH);
    expect(cardRoom(widths, true, true)).toEqual({ badgeRows: 2, showUnit: false, showSpecialization: true, titleLines: 2 });
  });

  it('shortens the title to one line when a specialisation and three rows of badges need the room', () => {
    const widths = [badgeWidth('Asendajatel pole ametijuhendit', { bold: true }), badgeWidth('0 asendajat', { dot: true }), badgeWidth('Ametijuhend puudub'), badgeWidth('parandatud')];
    const room = cardRoom(widths, true, true);
    expect(room.badgeRows).toBe(3);
    expect(room).toEqual({ badgeRows: 3, showUnit: false, showSpecialization: true, titleLines: 1 });
  });

  it('starts a new row only when the next badge does not fit the one begun', () => {
    expect(rowsFor([100, 100, 100], 210)).toBe(2);
    expect(rowsFor([100, 100], 204)).toBe(1);
    expect(rowsFor([], 200)).toBe(0);
  });
});
