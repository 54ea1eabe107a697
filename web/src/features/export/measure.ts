import { cssFont, type Font, type Measure } from './drawing';

/** Text widths from a canvas in the fonts the exports name; remembered, as card texts repeat. */
export function canvasMeasure(): Measure {
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) throw new Error('the browser gave no canvas to measure text with');
  const known = new Map<string, number>();
  let current = '';
  return (text: string, font: Font) => {
    const css = cssFont(font);
    const key = `${css}|${text}`;
    let width = known.get(key);
    if (width === undefined) {
      if (css !== current) ctx.font = current = css;
      width = ctx.measureText(text).width;
      known.set(key, width);
    }
    return width;
  };
}
