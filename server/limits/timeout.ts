/**
 * A request that is not answered in time gets 503 with a GraphQL-shaped error, instead of holding
 * the client (and a connection) indefinitely. The request's Deadline (req.deadline) is expired at
 * the same moment, so the work it started stops at its next check instead of running on; a client
 * that goes away expires it too.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Deadline, DeadlineExceededError } from './deadline.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** When this request's work is abandoned (set by requestTimeout). */
    deadline?: Deadline;
  }
}

export function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    const deadline = new Deadline(ms);
    req.deadline = deadline;
    const timer = setTimeout(() => {
      deadline.expire();
      if (res.headersSent) return;
      const error = new DeadlineExceededError(ms);
      res
        .status(503)
        .set('Retry-After', '5')
        .set('Connection', 'close')
        .json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', () => {
      clear();
      // The client will not read an answer: stop the work meant for it.
      if (!res.writableFinished) deadline.expire();
    });
    next();
  };
}

/**
 * After a 503 has gone out, the work it abandoned may still try to answer: that attempt is dropped
 * here (it would raise ERR_HTTP_HEADERS_SENT and log it as a fault).
 */
export function lateAnswerHandler(): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent && req.deadline?.expired()) return;
    next(error);
  };
}
