/**
 * Holds every list field to the size its cost was counted with: a bounded list (see boundedList)
 * is cut to its bound, and each list resolved reads the request's deadline, so a long answer stops
 * when the request has run out of time. One pass over the built schema, so no resolver repeats it.
 */
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { ListEstimator } from './cost.js';
import type { Deadline } from './deadline.js';

export function enforceListBounds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const bound = (field.extensions?.complexity as ListEstimator | undefined)?.listBound;
      if (bound !== undefined) field.resolve = bounded(field.resolve ?? defaultFieldResolver, bound);
    }
  }
  return schema;
}

function bounded(resolve: GraphQLFieldResolver<unknown, { deadline?: Deadline }>, bound: number): GraphQLFieldResolver<unknown, { deadline?: Deadline }> {
  return (source, args, context, info) => {
    context?.deadline?.tick();
    const value = resolve(source, args, context, info);
    return value instanceof Promise ? value.then((list) => cut(list, bound)) : cut(value, bound);
  };
}

const cut = (list: unknown, bound: number) => (Array.isArray(list) && list.length > bound ? list.slice(0, bound) : list);
