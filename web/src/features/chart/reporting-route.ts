import type { ChartDirection, EdgeRoutes } from './compact-layout';
import type { ChartEdge } from './flow-types';

export interface Point {
  x: number;
  y: number;
}

/**
 * The points a reporting line is drawn through, from the manager's handle (`from`: bottom centre,
 * or right middle left-to-right) to the report's (`to`). Without a route it is React Flow's step
 * edge: along to half way, across, along to the report. With a route (waypoints the layout found
 * through the gaps between cards) it runs square through each waypoint in turn, then across to
 * the report's handle and into it. The chart and the export both draw this.
 */
export function reportingPolyline(from: Point, to: Point, direction: ChartDirection, route?: readonly Point[]): Point[] {
  const alongX = direction === 'LR';
  // A corner that keeps `a`'s along coordinate and `b`'s across one.
  const corner = (a: Point, b: Point): Point => (alongX ? { x: a.x, y: b.y } : { x: b.x, y: a.y });
  let points: Point[];
  if (!route?.length) {
    const middle = alongX ? { x: (from.x + to.x) / 2, y: from.y } : { x: from.x, y: (from.y + to.y) / 2 };
    points = [from, middle, corner(middle, to), to];
  } else {
    points = [from, corner(route[0], from), ...route, corner(route[route.length - 1], to), to];
  }
  return simplified(points);
}

/** Without repeated points and the middle points of straight runs. */
function simplified(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (last && last.x === point.x && last.y === point.y) continue;
    const before = kept[kept.length - 2];
    if (before && last && ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))) kept.pop();
    kept.push(point);
  }
  return kept;
}

/** An SVG path through the points, its corners rounded by up to `radius`, as React Flow's step edge has them. */
export function polylinePath(points: readonly Point[], radius = 5): string {
  if (points.length < 2) return '';
  let path = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const towards = (p: Point, q: Point, d: number) => {
      const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) * d) / length, y: p.y + ((q.y - p.y) * d) / length };
    };
    const [enter, leave] = [towards(b, a, r), towards(b, c, r)];
    path += ` L${enter.x},${enter.y} Q${b.x},${b.y} ${leave.x},${leave.y}`;
  }
  const end = points[points.length - 1];
  return `${path} L${end.x},${end.y}`;
}

/** The edges with the layout's routes on the reporting lines it routed (the rest as they are). */
export function withRoutes(edges: ChartEdge[], routes: EdgeRoutes | undefined): ChartEdge[] {
  if (!routes?.size) return edges;
  return edges.map((edge) => {
    const route = edge.type === 'reporting' ? routes.get(edge.id) : undefined;
    return route && edge.type === 'reporting' ? { ...edge, data: { kind: 'reporting', ...edge.data, route } } : edge;
  });
}
