/**
 * Access errors, in the shapes clients act on: 401 with a GraphQL-shaped body when a request
 * has no valid token, and a FORBIDDEN error entry (with null in the field) when its role is too low.
 */
import { GraphQLError } from 'graphql';
import type { Role } from './roles.js';

/** A field or operation the request's role may not read or run; the field resolves to null. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, needed: Role, actual: Role) {
    super(message, { extensions: { code: 'FORBIDDEN', neededRole: needed, role: actual } });
  }
}

export type UnauthenticatedReason = 'missing' | 'invalid';

export const UNAUTHENTICATED_MESSAGES: Record<UnauthenticatedReason, string> = {
  missing: 'This server requires a token: send "Authorization: Bearer <token>" (an administrator creates one with `orgraph token create`).',
  invalid: 'The token is not valid: it is unknown or has been revoked. Ask an administrator for a new one.',
};

/** The body of a 401: GraphQL-shaped, so GraphQL clients show the message. */
export function unauthenticatedBody(reason: UnauthenticatedReason) {
  return { errors: [{ message: UNAUTHENTICATED_MESSAGES[reason], extensions: { code: 'UNAUTHENTICATED', reason } }] };
}
