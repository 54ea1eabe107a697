/** Paints shapes on a Canvas 2D context (the PNG export), in the drawing's own pixels. */
import { cssFont, type Point, type Shape, type Stroke } from './drawing';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function setStroke(ctx: Context2D, stroke: Stroke) {
  ctx.strokeStyle = stroke.color;
  ctx.lineWidth = stroke.width;
  ctx.setLineDash(stroke.dash ?? []);
}

function trace(ctx: Context2D, points: Point[], curve = false) {
  ctx.beginPath();
  ctx.moveTo(points[0].x, points[0].y);
  if (curve && points.length === 3) ctx.quadraticCurveTo(points[1].x, points[1].y, points[2].x, points[2].y);
  else for (const p of points.slice(1)) ctx.lineTo(p.x, p.y);
}

export function paintShape(ctx: Context2D, shape: Shape) {
  switch (shape.kind) {
    case 'rect':
      ctx.beginPath();
      ctx.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius);
      if (shape.fill) {
        ctx.fillStyle = shape.fill;
        ctx.fill();
      }
      if (shape.stroke) {
        setStroke(ctx, shape.stroke);
        ctx.stroke();
      }
      return;
    case 'text': {
      ctx.font = cssFont(shape.font);
      ctx.fillStyle = shape.color;
      ctx.fillText(shape.text, shape.x, shape.y);
      if (shape.strike) {
        const width = ctx.measureText(shape.text).width;
        const y = shape.y - shape.font.size * 0.3;
        setStroke(ctx, { color: shape.color, width: 2 });
        trace(ctx, [{ x: shape.x, y }, { x: shape.x + width, y }]);
        ctx.stroke();
      }
      return;
    }
    case 'line':
      setStroke(ctx, shape.stroke);
      trace(ctx, shape.points, shape.curve);
      ctx.stroke();
      return;
    case 'polygon':
      trace(ctx, shape.points);
      ctx.closePath();
      ctx.fillStyle = shape.fill;
      ctx.fill();
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(shape.x, shape.y, shape.r, 0, 2 * Math.PI);
      ctx.fillStyle = shape.fill;
      ctx.fill();
      return;
  }
}
