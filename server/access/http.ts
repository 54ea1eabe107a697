/**
 * Resolving who is asking, before any GraphQL, upload or report runs: a bearer token, or the
 * anonymous role. A bad token or a missing one (when the anonymous role is `none`) gets 401
 * with a GraphQL-shaped body, before the request body is even read.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { anonymous, type Access } from './access.js';
import { unauthenticatedBody, type UnauthenticatedReason } from './errors.js';
import { hasRole, isLoopback, type AnonymousRole, type Role } from './roles.js';
import { hostnameOf } from '../limits/host.js';
import { authenticateToken } from './token.service.js';

/** The cookie the web client sets so that plain links (the CSV download) carry its token; read under /reports only. */
export const TOKEN_COOKIE = 'orgraph_token';

declare module 'express-serve-static-core' {
  interface Request {
    access?: Access;
  }
}

export interface AuthenticateOptions {
  anonymousRole: AnonymousRole;
  /**
   * The anonymous role of a request that is not plainly local (see isLocalRequest): one that came
   * through a reverse proxy may reach a server listening on loopback from anywhere.
   * Default: the same as anonymousRole.
   */
  proxiedAnonymousRole?: AnonymousRole;
  /** Also accept the token from the TOKEN_COOKIE cookie (for links a browser follows). */
  cookie?: boolean;
}

export function authenticate(dataSource: DataSource, options: AuthenticateOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const header = req.headers.authorization;
      const token = header !== undefined ? bearer(header) : options.cookie ? cookieToken(req.headers.cookie) : undefined;
      if (token === null) return void refuse(res, 'invalid');
      if (token === undefined) {
        const role = isLocalRequest(req) ? options.anonymousRole : (options.proxiedAnonymousRole ?? options.anonymousRole);
        if (role === 'none') return void refuse(res, 'missing');
        req.access = anonymous(role);
        return next();
      }
      const access = await authenticateToken(dataSource, token);
      if (!access) return void refuse(res, 'invalid');
      req.access = access;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** Headers that some proxy, load balancer or CDN adds to say whom it forwards for. */
const PROXY_HEADERS = ['forwarded', 'via', 'x-real-ip', 'x-client-ip', 'true-client-ip', 'cf-connecting-ip', 'x-cluster-client-ip', 'fastly-client-ip'];

/**
 * A request is local only when it comes from this machine's loopback interface, carries no proxy
 * header of any kind, and names a loopback host: a proxy on this machine forwards requests from
 * anywhere, and not every proxy says so in the same header.
 */
export function isLocalRequest(req: Request): boolean {
  if (!req.socket.remoteAddress || !isLoopback(req.socket.remoteAddress)) return false;
  for (const name of Object.keys(req.headers)) {
    if (name.startsWith('x-forwarded-') || PROXY_HEADERS.includes(name)) return false;
  }
  const host = hostnameOf(req.headers.host);
  return host !== null && isLoopback(host);
}

/** 403 for a whole route (an upload, an admin page) the request's role may not use. */
export function requireRole(role: Role): RequestHandler {
  return (req, res, next) => {
    const actual = req.access?.role;
    if (actual && hasRole(actual, role)) return next();
    res.status(403).json({ errors: [{ message: `${req.path} needs the ${role} role; this request has the ${actual ?? 'no'} role.`, extensions: { code: 'FORBIDDEN' } }] });
  };
}

function refuse(res: Response, reason: UnauthenticatedReason) {
  res
    .status(401)
    .set('WWW-Authenticate', `Bearer realm="orgraph"${reason === 'invalid' ? ', error="invalid_token"' : ''}`)
    .json(unauthenticatedBody(reason));
}

/** The token of "Bearer <token>"; null for any other Authorization header. */
function bearer(header: string): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/** The token cookie's value; null when it is malformed, undefined when there is none. */
function cookieToken(cookies: string | undefined): string | null | undefined {
  for (const part of (cookies ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE && value.length) {
      const token = decodeCookie(value.join('='));
      return token === '' ? undefined : token;
    }
  }
  return undefined;
}

/** A cookie value's percent-encoding undone; null (an invalid token) when it is malformed. */
function decodeCookie(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
