/**
 * Personal data that depends on the value: a reading note that quotes the source text may quote
 * a name (signature lines are quoted when they cannot be split), so such a note is personal data.
 */
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../request/context.js';
import { authChecker } from './auth-checker.js';

/** Lets a message through unless it quotes the text and the request's role is below hr. */
export const QuotesArePersonalData: MiddlewareFn<Context> = async (action, next) => {
  const message: unknown = await next();
  if (typeof message === 'string' && message.includes('"')) authChecker(action, ['hr']);
  return message;
};
