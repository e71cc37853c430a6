import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createProductsSubgraph } from './app';
import { loadProductsConfig } from './config';
import { createImageStorage } from './storage/create-image-storage';

const config = loadProductsConfig();
await runSubgraph('products', config.logLevel, async (logger) =>
  createProductsSubgraph({
    ...config,
    storage: await createImageStorage(config.storage),
    verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
    logger,
  }),
);
