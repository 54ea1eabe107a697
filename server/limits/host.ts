/**
 * The Host check against DNS rebinding: a page on another site can make a visitor's browser
 * resolve its own name to 127.0.0.1 and read this server as if it were that site, but the browser
 * still sends that name in `Host`. So only names this server was configured for are answered:
 * loopback names by default, the address it listens on, and those in ALLOWED_HOSTS. IP addresses
 * are always answered (a rebinding needs a name; Vite's dev server draws the same line).
 */
import { isIP } from 'node:net';
import type { RequestHandler } from 'express';

/** Names of this machine that no DNS answer can point elsewhere (RFC 6761 reserves *.localhost). */
const LOOPBACK_NAMES = ['localhost', '.localhost'];

/** The host name of a Host header, lower case, without port or IPv6 brackets; null if there is none. */
export function hostnameOf(header: string | undefined): string | null {
  const value = header?.trim().toLowerCase();
  if (!value) return null;
  const bracketed = /^\[([^\]]+)\](?::\d*)?$/.exec(value);
  if (bracketed) return bracketed[1];
  // An unbracketed IPv6 address has several colons; only "name:port" has one.
  const name = value.split(':').length === 2 ? value.slice(0, value.indexOf(':')) : value;
  return name.replace(/\.$/, '') || null;
}

/** ALLOWED_HOSTS: comma-separated names; `.example.org` also allows every name below example.org. */
export function parseAllowedHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether a request naming this host is answered, given the listening address and the allowed names. */
export function isAllowedHost(hostname: string | null, listenHost: string, allowed: readonly string[]): boolean {
  if (hostname === null) return false;
  if (isIP(hostname)) return true;
  const names = [...LOOPBACK_NAMES, ...(isIP(listenHost) ? [] : [listenHost.toLowerCase()]), ...allowed];
  return names.some((name) => (name.startsWith('.') ? hostname === name.slice(1) || hostname.endsWith(name) : hostname === name));
}

/** Refuses, on every route, a request whose Host is not one this server answers for: 421 with a GraphQL-shaped error. */
export function hostCheck(listenHost: string, allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const hostname = hostnameOf(req.headers.host);
    if (isAllowedHost(hostname, listenHost, allowed)) return next();
    const shown = (req.headers.host ?? '').slice(0, 100);
    res.status(421).json({
      errors: [
        {
          message: `This server does not answer for the host "${shown}". To serve it under that name, add the name to ALLOWED_HOSTS (comma-separated).`,
          extensions: { code: 'HOST_NOT_ALLOWED', host: shown },
        },
      ],
    });
  };
}
