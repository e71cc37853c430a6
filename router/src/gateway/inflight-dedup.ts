import type { ApolloGateway } from '@apollo/gateway';
import type { RouterContext } from '../context';

/** Counts the requests that shared another's execution (router_deduplicated_queries_total). */
interface SharedCounter {
  inc(): void;
}

type GatewayExecutor = NonNullable<Awaited<ReturnType<ApolloGateway['load']>>['executor']>;
type GatewayRequestContext = Parameters<GatewayExecutor>[0];
type GatewayResult = Awaited<ReturnType<GatewayExecutor>>;

/** What the router needs of Apollo Gateway: what Apollo Server calls on it. */
type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

interface Execution {
  result: Promise<GatewayResult>;
  /** The cache policy the subgraphs' answers gave the first request, once it has run. */
  policy?: { maxAge?: number; scope?: unknown };
}

/**
 * Whether a request may share another's execution: a query (never a mutation or a subscription) from an
 * anonymous caller, with no Authorization header at all, so nothing a subgraph answers can depend on who asks.
 */
export function dedupable(requestContext: GatewayRequestContext): boolean {
  const context = requestContext.context as Partial<RouterContext>;
  return (
    requestContext.operation.operation === 'query' &&
    context.identity === null &&
    !requestContext.request.http?.headers.get('authorization')
  );
}

/** Same document (by hash), operation and variables: the same subgraph fetches and the same answer. */
function keyOf(requestContext: GatewayRequestContext): string {
  return JSON.stringify([
    requestContext.queryHash,
    requestContext.operationName,
    requestContext.request.variables ?? {},
  ]);
}

/**
 * Wraps the gateway's executor so that identical anonymous queries arriving while the first is still running
 * wait for its result instead of planning and fetching again (in-flight deduplication; nothing is kept once
 * that first one has answered). Everything before execution (parsing, validation, limits, rate limits, the
 * service-token policy) and after it (error masking, status codes, logging) still runs for every request on
 * its own; only the subgraph fetches are shared, so subgraph logs show the first request's id. The cache
 * policy the subgraphs' answers set is applied to every request that shared them.
 */
export function dedupingGateway(gateway: Gateway, shared: SharedCounter): Gateway {
  const inflight = new Map<string, Execution>();
  const dedupe =
    (execute: GatewayExecutor): GatewayExecutor =>
    async (requestContext) => {
      if (!dedupable(requestContext)) return execute(requestContext);
      const key = keyOf(requestContext);
      const running = inflight.get(key);
      if (running) {
        shared.inc();
        const result = await running.result;
        if (running.policy) requestContext.overallCachePolicy.restrict(running.policy);
        return result;
      }
      const execution: Execution = {
        result: execute(requestContext).finally(() => {
          // Before any waiting request resumes: they take the policy from here.
          const { maxAge, scope } = requestContext.overallCachePolicy as Execution['policy'] & object;
          execution.policy = { maxAge, scope };
          inflight.delete(key);
        }),
      };
      inflight.set(key, execution);
      return execution.result;
    };
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: dedupe(loaded.executor) };
    },
  };
}
