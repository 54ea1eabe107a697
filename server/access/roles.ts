/**
 * Who may do what. Three roles, each including the one below it:
 * viewer (structure, titles, job-description content; no personal data) < hr (everything, plus
 * import) < admin (also the audit log; tokens are managed with the `orgraph token` command).
 */
import { registerEnumType } from 'type-graphql';

export const ROLES = ['viewer', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a request without a token gets: a role, or `none` (a token is required). */
export type AnonymousRole = Role | 'none';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when `actual` includes the rights of `needed`. */
export function hasRole(actual: Role, needed: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}

export function parseAnonymousRole(value: string): AnonymousRole {
  const role = value.trim().toLowerCase();
  if (role === 'none' || isRole(role)) return role;
  throw new Error(`ANONYMOUS_ROLE must be one of none, viewer, hr, admin, not "${value}"`);
}

/** Addresses that only this machine can reach. */
export function isLoopback(host: string | undefined): boolean {
  if (host === undefined || host === '') return true;
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  // Names below localhost are this machine too (RFC 6761); ::ffff:127.x is IPv4 loopback on an IPv6 socket.
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The role of a request without a token: as configured, or by default `viewer` while the server
 * listens on loopback only (one machine, one user) and `none` as soon as it listens beyond.
 */
export function defaultAnonymousRole(host: string | undefined, configured?: string | null): AnonymousRole {
  if (configured !== undefined && configured !== null && configured.trim() !== '') return parseAnonymousRole(configured);
  return isLoopback(host) ? 'viewer' : 'none';
}

/** The same roles in GraphQL (upper case, as enum values are written). */
export enum RoleName {
  VIEWER = 'viewer',
  HR = 'hr',
  ADMIN = 'admin',
}
registerEnumType(RoleName, {
  name: 'Role',
  description: 'What a token (or a request without one) may read and do. Each role includes the ones before it.',
  valuesConfig: {
    VIEWER: { description: 'The structure, titles and job-description content; no personal data (names of holders and signatories, the source text).' },
    HR: { description: 'Everything a viewer sees plus personal data, imports, corrections of header fields and review decisions.' },
    ADMIN: { description: 'Everything HR may do plus the audit log.' },
  },
});
