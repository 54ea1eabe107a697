/**
 * Argument validation for type-graphql, as its built-in one does it (class-validator, missing
 * properties skipped, unknown values allowed, the same BAD_USER_INPUT error), but with
 * class-validator imported once: the built-in one imports it again for every validated argument.
 */
import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

// The error names the argument and the rule it broke; it does not repeat the value (it may be megabytes).
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false, validationError: { target: false, value: false } };

const validated = (value: unknown): value is object => value !== null && typeof value === 'object';

export const validateArgs: ValidatorFn = async (value) => {
  if (!validated(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validated).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as never);
  }
};
