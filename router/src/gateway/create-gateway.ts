import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import type { Logger } from '@msa/subgraph-kit';
import { ForwardingDataSource } from './forwarding-data-source';
import type { SubgraphBreakers } from './subgraph-breaker';
import type { SubgraphEndpoint } from './subgraph-endpoints';

export interface GatewayOptions {
  /** Composes live from these subgraphs, or, with `supergraphSdl`, overrides the URLs it names by subgraph. */
  subgraphs?: SubgraphEndpoint[] | undefined;
  /** A composed supergraph (router/supergraph.graphql); served as is, no subgraph introspection at boot. */
  supergraphSdl?: string | undefined;
  /** Re-composes from the subgraphs this often; undefined or 0 composes once at start. */
  pollIntervalMs?: number | undefined;
  logger: Logger;
  /** Circuit breakers every subgraph call goes through; none when absent. */
  breakers?: SubgraphBreakers | undefined;
}

export function createGateway(options: GatewayOptions): ApolloGateway {
  const urlOverrides = new Map((options.subgraphs ?? []).map((subgraph) => [subgraph.name, subgraph.url]));
  const buildService = ({ name, url }: { name: string; url?: string | undefined }) =>
    new ForwardingDataSource({ url: urlOverrides.get(name) ?? url }, options.breakers?.guard(name));
  const logger = options.logger.child({ component: 'gateway' });

  if (options.supergraphSdl) {
    return new ApolloGateway({ supergraphSdl: options.supergraphSdl, buildService, logger });
  }
  if (!options.subgraphs?.length)
    throw new Error('The router needs either subgraphs to compose or a supergraph SDL');
  return new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: options.subgraphs,
      pollIntervalInMs: options.pollIntervalMs || undefined,
      logger,
    }),
    buildService,
    logger,
  });
}
