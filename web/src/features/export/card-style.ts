/**
 * The colours of cards and badges in exports, as the chart's stylesheets draw them (app.css,
 * coverage.css), opaque so that SVG, PNG and PDF agree (translucent unit boxes are mixed over white).
 */
import type { AbsenceMark } from '../coverage/absence-marks';
import { TONE_COLOR, type GapTone } from '../coverage/gap-severity';
import type { Coverage } from '../chart/coverage';
import type { PositionNodeData } from '../chart/flow-types';

export const INK = '#1d2733';
export const MUTED = '#5d6b7a';
export const COVERAGE_COLOR: Record<Coverage, string> = { none: '#d0574b', one: '#e0a030', many: '#3f9b5b' };

const TONE_CARD: Record<GapTone, { border: string; background: string; badgeText: string }> = {
  ok: { border: '#9fd3b1', background: '#f1faf4', badgeText: '#ffffff' },
  low: { border: '#cbe08c', background: '#f8fbec', badgeText: '#1d2a05' },
  moderate: { border: '#f0d77a', background: '#fffbe8', badgeText: '#2b2100' },
  serious: { border: '#f5bd80', background: '#fff5ea', badgeText: '#2b1400' },
  high: { border: '#ee9f94', background: '#fdf0ee', badgeText: '#ffffff' },
  critical: { border: '#c7837c', background: '#f8e6e4', badgeText: '#ffffff' },
};

const ABSENCE_RED = '#c62828';
const ABSENCE_AMBER = '#d98200';
export const ABSENCE_COLOR: Record<AbsenceMark, string> = { away: '#9aa5b1', uncovered: ABSENCE_RED, fallback: ABSENCE_AMBER, 'at-risk': ABSENCE_RED };
const ABSENCE_BADGE: Record<AbsenceMark, { background: string; text: string }> = {
  away: { background: '#d9dee5', text: '#37414d' },
  uncovered: { background: ABSENCE_RED, text: '#ffffff' },
  fallback: { background: ABSENCE_AMBER, text: '#ffffff' },
  'at-risk': { background: ABSENCE_RED, text: '#ffffff' },
};

export interface CardStyle {
  background: string;
  border: string;
  borderWidth: number;
  dashed: boolean;
  bar: string;
  barWidth: number;
  titleColor: string;
  struck: boolean;
}

/** How a position card looks: the absence mark wins over the gap tone, which wins over coverage. */
export function cardStyle(data: PositionNodeData): CardStyle {
  const plain: CardStyle = {
    background: data.documented ? '#ffffff' : '#fafafa',
    border: '#c3cedb',
    borderWidth: 1,
    dashed: !data.documented,
    // In absence mode (absence null: untouched) only the absence result colours a card.
    bar: data.absence === null ? '#c3cedb' : COVERAGE_COLOR[data.coverage],
    barWidth: 6,
    titleColor: INK,
    struck: false,
  };
  if (data.absence) {
    const away = data.absence !== 'at-risk';
    return {
      ...plain,
      background: away ? '#eef0f3' : '#fde3df',
      border: data.absence === 'away' ? plain.border : ABSENCE_COLOR[data.absence],
      borderWidth: data.absence === 'away' ? 1 : 2,
      dashed: away,
      bar: ABSENCE_COLOR[data.absence],
      barWidth: data.absence === 'away' ? 6 : 8,
      titleColor: away ? MUTED : INK,
      struck: away,
    };
  }
  if (data.gapTone) {
    const tone = TONE_CARD[data.gapTone];
    return { ...plain, background: tone.background, border: tone.border, bar: TONE_COLOR[data.gapTone], barWidth: 8 };
  }
  return plain;
}

export interface BadgeStyle {
  background: string;
  text: string;
  bold: boolean;
  /** A coloured dot before the text (the coverage badge). */
  dot?: string;
  border?: string;
}

export const PLAIN_BADGE: BadgeStyle = { background: '#eef2f6', text: '#334155', bold: false };
export const UNDOCUMENTED_BADGE: BadgeStyle = { background: '#fff1d6', text: '#7a4b00', bold: false };
export const CORRECTED_BADGE: BadgeStyle = { background: '#e8eefc', text: '#1f3f8f', bold: false, border: '#b7c7ef' };
export const gapBadge = (tone: GapTone): BadgeStyle => ({ background: TONE_COLOR[tone], text: TONE_CARD[tone].badgeText, bold: true });
export const absenceBadge = (mark: AbsenceMark): BadgeStyle => ({ ...ABSENCE_BADGE[mark], bold: true });

/** Unit boxes by depth, and a closed unit's card. */
export function unitStyle(depth: number, collapsed: boolean, focused: boolean): { fill: string; stroke: string; dashed: boolean } {
  const stroke = (color: string) => (focused ? '#1f6feb' : color);
  if (collapsed) return { fill: '#e9eff7', stroke: stroke('#9fb3cc'), dashed: false };
  if (depth === 0) return { fill: '#eff3f9', stroke: stroke('#9fb3cc'), dashed: false };
  if (depth === 1) return { fill: '#f0f5fa', stroke: stroke('#a9bfd6'), dashed: false };
  return { fill: '#f8fafd', stroke: stroke('#bccbdc'), dashed: true };
}
