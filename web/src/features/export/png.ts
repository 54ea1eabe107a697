/**
 * A drawing as a PNG, painted with Canvas 2D from its shapes (not copied from the page): the
 * whole chart whatever is on screen, scaled so that no side passes the browser's canvas limit,
 * painted in slices with pauses between them so that the page stays responsive.
 */
import { paintShape } from './canvas';
import type { Drawing } from './drawing';

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

export function pngSize(drawing: Pick<Drawing, 'width' | 'height'>): { width: number; height: number; scale: number } {
  const scale = pngScale(drawing.width, drawing.height);
  return { width: Math.max(1, Math.floor(drawing.width * scale)), height: Math.max(1, Math.floor(drawing.height * scale)), scale };
}

const SLICE = 4_000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function renderPng(drawing: Drawing): Promise<Blob> {
  const { width, height, scale } = pngSize(drawing);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`the browser could not make a ${width}×${height} canvas`);
  ctx.scale(scale, scale);
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  for (let start = 0; start < drawing.shapes.length; start += SLICE) {
    for (const shape of drawing.shapes.slice(start, start + SLICE)) paintShape(ctx, shape);
    await pause();
  }
  return canvas.convertToBlob({ type: 'image/png' });
}
