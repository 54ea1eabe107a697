/**
 * A request that is not answered in time gets 503 with a GraphQL-shaped error, instead of holding
 * the client (and a connection) indefinitely. The work already started is not interrupted.
 */
import type { RequestHandler } from 'express';

export function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res
        .status(503)
        .set('Retry-After', '5')
        .set('Connection', 'close')
        .json({ errors: [{ message: `The request took longer than ${formatSeconds(ms)} and was stopped. Ask for less (a smaller page, one unit) or try again later.`, extensions: { code: 'TIMEOUT', timeoutMs: ms } }] });
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}
