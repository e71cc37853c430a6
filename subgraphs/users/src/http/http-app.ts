import type { SubgraphContext, SubgraphServerOptions } from '@msa/subgraph-kit';

/** The express application the kit hands to `routes`. */
export type HttpApp = Parameters<NonNullable<SubgraphServerOptions<SubgraphContext>['routes']>>[0];
