/**
 * Query-shape limits through GraphQL Armor (depth, aliases, directives), the cost of lists
 * (cost.ts), graphql-js's
 * token limit and its introspection-depth rule. Introspection is allowed and held to the same token,
 * alias and directive limits; depth and cost do not count inside `__schema` (as Armor's default:
 * its shape is fixed by the spec and GraphiQL's query is 15 levels deep), and the recursive
 * `fields { type { fields … } }` blow-up is refused by MaxIntrospectionDepthRule instead.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxIntrospectionDepthRule, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { LIMITS } from './limits.js';
import { costLimitPlugin, type CostLimits } from './cost.js';

export function queryLimits(limits: { depth: number; aliases: number; directives: number; tokens: number } & CostLimits = LIMITS): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true },
    // `__typename` counts like any other field: 101 aliases of it are as many fields in the answer.
    maxAliases: { n: limits.aliases, allowList: [] },
    maxDirectives: { n: limits.directives },
    // Tokens are counted by graphql-js's parser instead (parseOptions below): a document over the limit
    // is then a parse error (400), where Armor's plugin throws mid-request (500).
    maxTokens: { enabled: false },
    // Armor prices a list without `first` as one item and cannot see variables: cost.ts counts instead.
    costLimit: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...(plugins as ApolloServerPlugin[]), costLimitPlugin(limits)],
    validationRules: [...(validationRules as ValidationRule[]), MaxIntrospectionDepthRule],
    parseOptions: { maxTokens: limits.tokens },
  };
}
