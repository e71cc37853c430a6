import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createShippingSubgraph } from './app';
import { loadShippingConfig } from './config';

const config = loadShippingConfig();
await runSubgraph('shipping', config.logLevel, (logger) =>
  createShippingSubgraph({
    ...config,
    verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
    logger,
  }),
);
