import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { isPublicCode } from '@msa/subgraph-kit';
import { activeTraceId } from '@msa/telemetry';
import { forwardedHeaders } from '../http/request-meta';
import { isRouterContext, type RouterContext } from '../context';
import type { SubgraphGuard } from './subgraph-breaker';
import { entityBatchKey, EntityFetchBatches } from './entity-batches';
import { spreadEntities, uniqueRepresentations } from './entity-representations';
import { subgraphFetcher } from './subgraph-fetcher';

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/**
 * The abort signal of the guarded call running now. RemoteGraphQLDataSource builds each request itself and
 * hands its fetcher no signal, so the fetcher takes the call's from here.
 */
const callSignal = new AsyncLocalStorage<AbortSignal>();

/** Written by the HTTP client's instrumentation when tracing is on. */
const TRACE_CONTEXT_HEADERS = new Set(['traceparent', 'tracestate']);

/** `fetcher` with the running call's abort signal added to each request. */
function abortableFetcher(fetcher: Fetcher): Fetcher {
  return (url, init) => {
    const signal = callSignal.getStore();
    return fetcher(url, signal ? ({ ...init, signal } as typeof init) : init);
  };
}

type Options = GraphQLDataSourceProcessOptions<RouterContext>;
type Answer = Awaited<ReturnType<RemoteGraphQLDataSource<RouterContext>['process']>>;
/** A fetch made for a client's operation (not a health check or a schema load). */
type IncomingFetch = Extract<Options, { incomingRequestContext: unknown }>;
type CachePolicy = NonNullable<IncomingFetch['incomingRequestContext']['overallCachePolicy']>;
type CacheHint = Parameters<CachePolicy['restrict']>[0];

const isIncoming = (options: Options): options is IncomingFetch => 'incomingRequestContext' in options;

/**
 * One call for joined fetches: the first one's request with every fetch's representations, and a cache
 * policy that passes what the subgraph's answer allows on to each fetch's client request (the joined answer
 * is at least as strict as each part's own would have been).
 */
function joinedFetch(fetches: readonly Options[], representations: unknown[]): Options {
  const first = fetches[0]!;
  if (!isIncoming(first)) return first;
  const policies = fetches.flatMap((fetch) =>
    isIncoming(fetch) && fetch.incomingRequestContext.overallCachePolicy
      ? [fetch.incomingRequestContext.overallCachePolicy]
      : [],
  );
  const overallCachePolicy = {
    restrict: (hint: CacheHint) => {
      for (const policy of policies) policy.restrict(hint);
    },
  } as CachePolicy;
  return {
    ...first,
    request: { ...first.request, variables: { ...first.request.variables, representations } },
    incomingRequestContext: { ...first.incomingRequestContext, overallCachePolicy },
  };
}

/**
 * Calls one subgraph on behalf of a client request, passing the caller's bearer token (each subgraph verifies
 * it again, so reaching a subgraph directly grants nothing) and the correlation headers.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  /**
   * `guard` runs every call through the subgraph's circuit breaker (subgraph-breaker.ts). Calls go through the
   * pooled keep-alive client of subgraph-fetcher.ts unless `config` names another fetcher.
   */
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<RouterContext>>[0] = {},
    private readonly guard?: SubgraphGuard,
  ) {
    super({ fetcher: subgraphFetcher, ...config });
    this.fetcher = abortableFetcher(this.fetcher);
  }

  /** Anonymous entity fetches of one shape in flight together go as one call (entity-batches.ts). */
  private readonly batches = new EntityFetchBatches<Options, Answer>((fetches, representations) =>
    this.deduplicated(representations ? joinedFetch(fetches, representations) : fetches[0]!),
  );

  override async process(options: Options): Promise<Answer> {
    if (!isIncoming(options)) return this.deduplicated(options);
    const authorization = isRouterContext(options.context) ? options.context.authorization : undefined;
    const key = entityBatchKey(options.request, authorization);
    if (key === null) return this.deduplicated(options);
    return this.batches.add(key, options, options.request.variables!.representations as unknown[]);
  }

  /** Entity fetches send each distinct representation once (entity-representations.ts). */
  private async deduplicated(options: Options): Promise<Answer> {
    const distinct = uniqueRepresentations(options.request.variables);
    if (!distinct) return this.guarded(options);
    const request = {
      ...options.request,
      variables: { ...options.request.variables, representations: distinct.unique },
    };
    return spreadEntities(await this.guarded({ ...options, request }), distinct);
  }

  private guarded(options: Options): Promise<Answer> {
    if (!this.guard) return super.process(options);
    return this.guard((signal) => callSignal.run(signal, () => super.process(options)));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    if (!isRouterContext(context) || !request.http) return;
    // With tracing on, the undici instrumentation adds the trace context of its client span (under the
    // gateway's fetch span) to the request itself; a second copy from here would make the header invalid.
    const traced = activeTraceId() !== undefined;
    for (const [name, value] of Object.entries(forwardedHeaders(context, context.authorization))) {
      if (traced && TRACE_CONTEXT_HEADERS.has(name)) continue;
      request.http.headers.set(name, value);
    }
  }

  /**
   * A subgraph refuses a request it cannot even start (a variable its scalar rejects, such as an invalid
   * DateTime) with HTTP 400 and a GraphQL error. When that error's code is public it is the client's
   * mistake: pass it on as it is (BAD_USER_INPUT, …) instead of the gateway's generic failure, which the
   * router would mask as INTERNAL_SERVER_ERROR. Nothing else of the subgraph's response is passed on.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    if (response.status >= 400 && response.status < 500 && response.status !== 401) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as SubgraphErrorBody | null;
      const first = body?.errors?.[0];
      const code = first?.extensions?.code;
      if (first && isPublicCode(code) && typeof first.message === 'string')
        return new GraphQLError(first.message, { extensions: { code } });
    }
    return super.errorFromResponse(response);
  }
}
