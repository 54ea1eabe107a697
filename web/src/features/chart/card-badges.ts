/**
 * How a position card makes room for its badges. The card has a fixed size (the layout measures
 * no DOM), so badges wrap onto a second row rather than being cut off, and the lines of text
 * give way for that row: first the unit's name (the unit's box around the card names it too),
 * then the title's second line when a specialisation needs its own.
 */

/**
 * Widths of the badges' letters at 11 px in the system sans-serif, regular and bold: the widest of
 * each kind of letter as Chromium draws them, so that an estimate errs towards wrapping.
 */
const CHAR_PX = {
  regular: { tiny: 3.3, narrow: 4.5, mid: 6.5, lower: 7, upper: 8.7, wide: 11 },
  bold: { tiny: 4.1, narrow: 5.5, mid: 7.4, lower: 7.9, upper: 9.4, wide: 12.2 },
} as const;
const KINDS: [RegExp, keyof typeof CHAR_PX.regular][] = [
  [/[ijlIJ.,;:']/, 'tiny'],
  [/[frt ()\-]/, 'narrow'],
  [/[mwMW]/, 'wide'],
  [/[ckszvxyšž]/, 'mid'],
  [/[a-zõäöü]/, 'lower'],
];
const kindOf = (char: string) => KINDS.find(([pattern]) => pattern.test(char))?.[1] ?? 'upper';
/** A badge's padding (6 px each side). */
const BADGE_CHROME_PX = 12;
const BADGE_GAP_PX = 4;
/** Room inside a 256 px card for badges: less its left band (up to 8 px), right border and padding. */
export const CARD_INNER_WIDTH = 256 - 8 - 1 - 20;

export interface CardRoom {
  /** Rows the badges take. */
  badgeRows: number;
  /** The unit's name gets a line. */
  showUnit: boolean;
  /** The specialisation gets a line. */
  showSpecialization: boolean;
  /** The title may take two lines. */
  titleLines: 1 | 2;
}

/** A badge's width as drawn, estimated from its text (a bold badge's letters are wider); its dot adds 14 px. */
export function badgeWidth(text: string, options: { dot?: boolean; bold?: boolean } = {}): number {
  const px = options.bold ? CHAR_PX.bold : CHAR_PX.regular;
  let width = BADGE_CHROME_PX + (options.dot ? 14 : 0);
  for (const char of text) width += px[kindOf(char)];
  return Math.ceil(width);
}

/** Rows needed for badges of these widths, each row filled before the next begins (as flex-wrap does). */
export function rowsFor(widths: readonly number[], room = CARD_INNER_WIDTH): number {
  let rows = 0;
  let used = Infinity;
  for (const width of widths) {
    if (used + BADGE_GAP_PX + width <= room) used += BADGE_GAP_PX + width;
    else {
      rows += 1;
      used = width;
    }
  }
  return rows;
}

/**
 * Heights inside a card of 100 px (chart.css): its lines of text, a row of badges, the gap between
 * rows, and the room inside its borders, padding and the gaps between its lines.
 */
const LINE = { title: 17.5, small: 15.6, badgeRow: 15, rowGap: 3, itemGap: 1, inner: 100 - 2 - 10 } as const;

/**
 * What a card shows besides its badges, given their widths: the badges always, and the lines of
 * text in the room left, giving way in turn — the unit's name, the title's second line, the
 * specialisation (each still in the card's tooltip).
 */
export function cardRoom(widths: readonly number[], hasSpecialization: boolean, hasUnit: boolean): CardRoom {
  const badgeRows = rowsFor(widths);
  const room: CardRoom = { badgeRows, showUnit: hasUnit, showSpecialization: hasSpecialization, titleLines: 2 };
  const height = () => {
    const lines = [room.showSpecialization, room.showUnit].filter(Boolean).length;
    return room.titleLines * LINE.title + lines * (LINE.small + LINE.itemGap) + LINE.itemGap + badgeRows * LINE.badgeRow + Math.max(0, badgeRows - 1) * LINE.rowGap;
  };
  if (height() > LINE.inner) room.showUnit = false;
  if (height() > LINE.inner) room.titleLines = 1;
  if (height() > LINE.inner) room.showSpecialization = false;
  return room;
}
