import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createInventorySubgraph } from './app';
import { loadInventoryConfig } from './config';

const config = loadInventoryConfig();
await runSubgraph('inventory', config.logLevel, (logger) =>
  createInventorySubgraph({
    ...config,
    verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
    logger,
  }),
);
