import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf } from './fragments';
import { operationAliasCount } from './operation-aliases';
import { operationCost } from './operation-cost';
import { operationDepth } from './operation-depth';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

/** maxCost is in the units of operationCost (objects resolved); the storefront's heaviest request costs about 200. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 2000, maxAliases: 30 };

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

export type LimitRule = 'depth' | 'cost' | 'aliases';

export interface LimitViolation {
  rule: LimitRule;
  measured: number;
  limit: number;
}

export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
): OperationMeasure {
  const fragments = fragmentsOf(document);
  return {
    depth: operationDepth(operation, fragments),
    aliases: operationAliasCount(operation, fragments),
    cost: operationCost(schema, operation, fragments, { variables }),
  };
}

/** The first limit the operation breaks, checked cheapest-to-explain first; null when it is within all. */
export function findViolation(measure: OperationMeasure, limits: QueryLimits): LimitViolation | null {
  if (measure.depth > limits.maxDepth)
    return { rule: 'depth', measured: measure.depth, limit: limits.maxDepth };
  if (measure.aliases > limits.maxAliases)
    return { rule: 'aliases', measured: measure.aliases, limit: limits.maxAliases };
  if (measure.cost > limits.maxCost) return { rule: 'cost', measured: measure.cost, limit: limits.maxCost };
  return null;
}

const RULE_NAMES: Record<LimitRule, string> = {
  depth: 'depth',
  cost: 'estimated cost',
  aliases: 'alias count',
};

export function queryTooComplexError(violation: LimitViolation): GraphQLError {
  return new GraphQLError(
    `Query ${RULE_NAMES[violation.rule]} ${violation.measured} exceeds the limit of ${violation.limit}`,
    {
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        rule: violation.rule,
        measured: violation.measured,
        limit: violation.limit,
        http: { status: 400 },
      },
    },
  );
}
