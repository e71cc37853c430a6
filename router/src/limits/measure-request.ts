import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { measureOperation, type OperationMeasure } from './query-limits';

const measured = new WeakMap<object, OperationMeasure>();

/**
 * Measures a resolved operation once per request: the limits and the rate-limit plugins both need it, and
 * Apollo Server runs their `didResolveOperation` hooks concurrently.
 */
export function measureRequest<C extends object>(
  requestContext: GraphQLRequestContextDidResolveOperation<C>,
): OperationMeasure {
  const { schema, document, operation, request } = requestContext;
  // Apollo Server only reaches didResolveOperation with an operation; the guard keeps the types honest.
  if (!operation) return { depth: 0, aliases: 0, cost: 0 };
  const cached = measured.get(request);
  if (cached) return cached;
  const measure = measureOperation(schema, document, operation, request.variables);
  measured.set(request, measure);
  return measure;
}
