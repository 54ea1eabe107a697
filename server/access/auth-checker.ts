/**
 * Field- and operation-level checks for type-graphql's `@Authorized(role)`. A refusal throws a
 * FORBIDDEN error: GraphQL puts null in the (nullable) field and an error entry naming it.
 */
import { Authorized, type AuthCheckerFn } from 'type-graphql';
import type { Context } from '../request/context.js';
import { ForbiddenError } from './errors.js';
import { hasRole, type Role } from './roles.js';

export const authChecker: AuthCheckerFn<Context, Role> = ({ context, info }, roles) => {
  const needed = roles[0] ?? 'viewer';
  const actual = context.access.role;
  if (hasRole(actual, needed)) return true;
  const parent = info.parentType.name;
  const field = `${parent}.${info.fieldName}`;
  const message =
    parent === 'Mutation'
      ? `${info.fieldName} needs the ${needed} role; this request has the ${actual} role.`
      : parent === 'Query'
        ? `${info.fieldName} needs the ${needed} role; this request has the ${actual} role.`
        : `${field} is personal data, readable with the ${needed} role; this request has the ${actual} role.`;
  throw new ForbiddenError(message, needed, actual);
};

/**
 * Marks a field that carries personal data (names of employees and signatories): null with a
 * FORBIDDEN error for a viewer. The field must be nullable.
 */
export function PersonalData(): MethodDecorator & PropertyDecorator {
  return Authorized<Role>('hr');
}

/** Operations (mutations, admin queries) that need at least this role. */
export function RequiresRole(role: Role): MethodDecorator & PropertyDecorator {
  return Authorized<Role>(role);
}
