import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

export type ImageFormat = 'png' | 'svg';

/** Browsers refuse canvases much larger than this on a side; a huge chart is scaled down to fit. */
const MAX_SIDE = 16_000;
const PADDING = 32;

/**
 * The whole chart as shown (collapsed units stay collapsed) at full size, not cropped to the
 * screen: the viewport element is rendered with a transform that puts every node's bounds in
 * the picture. Returns a data URL.
 */
export async function renderChartImage(viewportElement: HTMLElement, nodes: Node[], format: ImageFormat): Promise<string> {
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / (bounds.width + 2 * PADDING), MAX_SIDE / (bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const viewport = getViewportForBounds(bounds, width, height, scale, scale, 0);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    // Sharper text for charts small enough to afford it.
    pixelRatio: format === 'png' && width * height < 4_000_000 ? 2 : 1,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  };
  return format === 'png' ? toPng(viewportElement, options) : toSvg(viewportElement, options);
}

export function download(dataUrl: string, fileName: string) {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
