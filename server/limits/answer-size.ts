/**
 * The answer-size cap: the cost limit keeps answers small, and this is the backstop for an answer that
 * would still be too large to send. The answer is measured by walking it, not by serialising it,
 * and the walk stops as soon as the cap is passed.
 */
import { GraphQLError } from 'graphql';
import { formatBytes } from './limits.js';

/** Whether `value` serialised as JSON would be longer than `cap` bytes (strings counted by UTF-16 units, near enough). */
export function largerThan(value: unknown, cap: number): boolean {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') bytes += item.length + 2;
    else if (typeof item === 'number' || typeof item === 'boolean') bytes += 5;
    else if (item === null || item === undefined) bytes += 4;
    else if (Array.isArray(item)) {
      bytes += 2 + item.length;
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else if (typeof item === 'object') {
      bytes += 2;
      for (const key in item) {
        bytes += key.length + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
    if (bytes > cap) return true;
  }
  return false;
}

export function answerTooLargeError(cap: number): GraphQLError {
  return new GraphQLError(`The answer would be larger than ${formatBytes(cap)}, the limit. Ask for less: a smaller page (\`first\`), fewer fields, or one unit.`, {
    extensions: { code: 'RESPONSE_TOO_LARGE', limitBytes: cap },
  });
}
