import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { fragmentsOf, type FragmentMap } from '../limits/fragments';
import {
  findViolation,
  measureOperation,
  queryTooComplexError,
  type QueryLimits,
} from '../limits/query-limits';
import type { RouterMetrics } from '../metrics/router-metrics';
import { rateLimitClientKey } from '../rate-limit/client-key';
import { rateLimitedError } from '../rate-limit/rate-limit-error';
import type { RateLimiter } from '../rate-limit/redis-rate-limiter';
import type { ClientConnection } from './client-connection';
import type { AcceptedSubscription } from './federated-subscription';
import { serviceTokenRefusal } from '../plugins/service-token-policy';
import type { SubscriptionSupergraph } from './subscription-supergraph';

export interface AdmissionOptions {
  supergraph: SubscriptionSupergraph;
  limits: QueryLimits;
  limiter: RateLimiter;
  /** The most one operation is charged, as on HTTP. */
  maxChargePerOperation: number;
  metrics: RouterMetrics;
  /** Bounds the parser's work on hostile documents, as on HTTP. */
  maxTokens: number;
}

/** What becomes of an operation a client sends over graphql-ws. */
export type Admission =
  | { kind: 'subscription'; subscription: AcceptedSubscription }
  /** Queries and mutations run through Apollo Server's pipeline, exactly as over HTTP. */
  | { kind: 'operation'; document: DocumentNode; operationName: string | undefined }
  | { kind: 'refused'; errors: GraphQLError[] };

const refused = (errors: GraphQLError[]): Admission => ({ kind: 'refused', errors });

function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: { ...error.extensions, code },
      }),
  );
}

/** The name of the single root field a valid subscription selects (possibly through fragments). */
export function rootFieldName(selectionSet: SelectionSetNode, fragments: FragmentMap): string | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) return selection.name.value;
    const nested =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : fragments.get(selection.name.value)?.selectionSet;
    const name = nested && rootFieldName(nested, fragments);
    if (name) return name;
  }
  return undefined;
}

function parseDocument(source: string, maxTokens: number): DocumentNode | GraphQLError {
  try {
    return parse(source, { maxTokens });
  } catch (error) {
    const syntax = error instanceof GraphQLError ? error : new GraphQLError(String(error));
    return withCode([syntax], 'GRAPHQL_PARSE_FAILED')[0]!;
  }
}

/**
 * Checks a subscription exactly as the HTTP path checks a query, before anything reaches a subgraph:
 * parse, validate against the API schema, coerce variables, depth/alias/cost limits, the client's rate
 * limit (a subscription spends its estimated cost once, when it starts), then plans it.
 */
export async function admitOperation(
  payload: SubscribePayload,
  connection: ClientConnection,
  options: AdmissionOptions,
): Promise<Admission> {
  const { supergraph, metrics } = options;
  if (typeof payload.query !== 'string' || payload.query === '') {
    // Persisted queries save bandwidth on HTTP requests; a WebSocket sends each document once anyway.
    return refused([
      new GraphQLError('Send the operation document: persisted queries are not supported over graphql-ws', {
        extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
      }),
    ]);
  }
  const document = parseDocument(payload.query, options.maxTokens);
  if (document instanceof GraphQLError) return refused([document]);
  const operationName = payload.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return refused([
      new GraphQLError(
        operationName
          ? `Unknown operation named "${operationName}"`
          : 'Send exactly one operation or name it',
        { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
      ),
    ]);
  }
  if (operation.operation !== 'subscription') return { kind: 'operation', document, operationName };

  const validationErrors = validate(supergraph.apiSchema, document);
  if (validationErrors.length) return refused(withCode(validationErrors, 'GRAPHQL_VALIDATION_FAILED'));
  const variables = (payload.variables ?? {}) as Record<string, unknown>;
  const coerced = getVariableValues(supergraph.apiSchema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return refused(withCode(coerced.errors, 'BAD_USER_INPUT'));

  const { context } = connection;
  const serviceRefusal = serviceTokenRefusal(context.identity, operation.operation);
  if (serviceRefusal) return refused([serviceRefusal]);
  const measure = measureOperation(supergraph.apiSchema, document, operation, variables);
  const violation = findViolation(measure, options.limits);
  if (violation) {
    metrics.queryTooComplex.inc({ rule: violation.rule });
    context.logger.info({ ...violation, operationName }, 'subscription too complex');
  }
  const charge = violation
    ? options.maxChargePerOperation
    : Math.min(measure.cost, options.maxChargePerOperation);
  try {
    const decision = await options.limiter.consume(
      rateLimitClientKey(context.identity, context.clientIp),
      charge,
    );
    if (!decision.allowed) {
      metrics.rateLimited.inc({ source: 'subscription' });
      return refused([rateLimitedError(decision.retryAfterSeconds)]);
    }
  } catch (error) {
    context.logger.error({ err: error }, 'rate limiter unavailable; subscription allowed');
  }
  if (violation) return refused([queryTooComplexError(violation)]);

  let plan;
  try {
    plan = supergraph.plan(document, payload.query, operationName);
  } catch (error) {
    context.logger.error({ err: error, operationName }, 'subscription could not be planned');
    return refused([
      new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
  }
  return {
    kind: 'subscription',
    subscription: {
      supergraph,
      plan,
      document,
      source: payload.query,
      operationName,
      variables,
      field: rootFieldName(operation.selectionSet, fragmentsOf(document)) ?? 'unknown',
      connection,
    },
  };
}
