/**
 * schema.graphql is generated from the code and committed; it must not drift, and every
 * type, field, argument and enum value explains itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isIntrospectionType, isSpecifiedScalarType } from 'graphql';
import { graphqlSchema, schemaSdl } from '../../server/schema.js';

const COMMITTED = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

describe('schema.graphql', () => {
  it('matches the schema the server builds (regenerate with `npm run schema`)', async () => {
    expect(await schemaSdl()).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await graphqlSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('field resolvers', () => {
  it('read plain properties directly and keep the role check and middleware on personal ones', async () => {
    const schema = await graphqlSchema();
    const field = (type: string, name: string) => {
      const found = schema.getType(type);
      if (!isObjectType(found)) throw new Error(`no type ${type}`);
      return found.getFields()[name];
    };
    expect(field('Position', 'title').resolve).toBeUndefined();
    expect(field('SubstitutionEdge', 'status').resolve).toBeUndefined();
    // Personal data: @PersonalData on a property, on a field resolver, and a middleware.
    expect(field('JobDescription', 'sourceText').resolve).toBeTypeOf('function');
    expect(field('Signature', 'name').resolve).toBeTypeOf('function');
    expect(field('Position', 'holder').resolve).toBeTypeOf('function');
    expect(field('ParseWarning', 'message').resolve).toBeTypeOf('function');
  });
});
