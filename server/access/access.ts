/**
 * Who is asking: the role of a request and the token it came with. Every request has one,
 * resolved before any GraphQL or report runs.
 */
import type { Role } from './roles.js';

export interface Access {
  role: Role;
  /** The token's row id and name; null for a request without a token. */
  tokenId: number | null;
  tokenName: string | null;
}

export const anonymous = (role: Role): Access => ({ role, tokenId: null, tokenName: null });

/** How the audit log names the one who acted. */
export function actorOf(access: Access): string {
  return access.tokenName ?? 'anonymous';
}
