/**
 * A drawing as a PNG, painted with Canvas 2D from its shapes (not copied from the page): the
 * whole chart whatever is on screen, scaled so that no side passes the browser's canvas limit,
 * painted in slices with pauses between them so that the page stays responsive.
 */
import { paintShape } from './canvas';
import type { Drawing } from './drawing';
import { pngSize } from './sizes';

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
