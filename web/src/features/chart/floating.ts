/** Geometry for lines drawn between node borders rather than fixed handles. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the straight line between the two centres leaves `rect`. */
export function borderPoint(rect: Rect, toward: { x: number; y: number }): { x: number; y: number } {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/**
 * A gentle arc from `source` to `target`, bending to the left of the direction of travel, so
 * that two positions substituting each other get two separate arcs instead of one line.
 * Returns the SVG path and a point in its middle (for labels).
 */
export function arcBetween(source: Rect, target: Rect): { path: string; mid: { x: number; y: number } } {
  const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  const from = borderPoint(source, centre(target));
  const to = borderPoint(target, centre(source));
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = Math.min(60, length * 0.18);
  const control = { x: (from.x + to.x) / 2 + (dy / length) * bend, y: (from.y + to.y) / 2 - (dx / length) * bend };
  const mid = { x: (from.x + 2 * control.x + to.x) / 4, y: (from.y + 2 * control.y + to.y) / 4 };
  return { path: `M ${from.x},${from.y} Q ${control.x},${control.y} ${to.x},${to.y}`, mid };
}
