/**
 * The sizes exports keep to: the browser's canvas limits for the PNG and the paper of the PDF.
 * Plain numbers (no DOM), shared with the browser tests that check the files.
 */

export type PaperSize = 'A4' | 'A3';
/** Landscape, in points. */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
};

/** Chromium's and Firefox's largest canvas: 16,384 px a side (32,767 in some), 268 M pixels in all. */
export const CANVAS_MAX_SIDE = 16_384;
export const CANVAS_MAX_PIXELS = 268_435_456;
/**
 * Fewer pixels than the browser allows: encoding 268 M pixels takes longer than the 10 s an export
 * may take, and a chart that large is read by zooming into the image either way.
 */
export const PNG_PIXEL_BUDGET = 120_000_000;
/** Small charts are drawn at twice their size, for sharp text on screens and in print. */
const SHARP_BELOW_PIXELS = 4_000_000;

/** Pixels per chart pixel: 2 for small charts, 1 for most, less for the largest. */
export function pngScale(width: number, height: number): number {
  const area = width * height;
  return Math.min(area <= SHARP_BELOW_PIXELS ? 2 : 1, CANVAS_MAX_SIDE / width, CANVAS_MAX_SIDE / height, Math.sqrt(Math.min(PNG_PIXEL_BUDGET, CANVAS_MAX_PIXELS) / area));
}

export function pngSize(drawing: { width: number; height: number }): { width: number; height: number; scale: number } {
  const scale = pngScale(drawing.width, drawing.height);
  return { width: Math.max(1, Math.floor(drawing.width * scale)), height: Math.max(1, Math.floor(drawing.height * scale)), scale };
}

