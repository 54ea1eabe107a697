/**
 * Resolving who is asking, before any GraphQL, upload or report runs: a bearer token, or the
 * anonymous role. A bad token or a missing one (when the anonymous role is `none`) gets 401
 * with a GraphQL-shaped body, before the request body is even read.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { anonymous, type Access } from './access.js';
import { unauthenticatedBody, type UnauthenticatedReason } from './errors.js';
import { hasRole, type AnonymousRole, type Role } from './roles.js';
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
   * The anonymous role of a request that came through a reverse proxy (it has a Forwarded or
   * X-Forwarded-For header): the server may listen on loopback only and still be reachable from
   * anywhere through the proxy. Default: the same as anonymousRole.
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
        const proxied = req.headers.forwarded !== undefined || req.headers['x-forwarded-for'] !== undefined;
        const role = proxied ? (options.proxiedAnonymousRole ?? options.anonymousRole) : options.anonymousRole;
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

function cookieToken(cookies: string | undefined): string | undefined {
  for (const part of (cookies ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE && value.length) return decodeURIComponent(value.join('=')) || undefined;
  }
  return undefined;
}
