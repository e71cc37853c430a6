import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createPromotionsSubgraph } from './app';
import { loadPromotionsConfig } from './config';

const config = loadPromotionsConfig();
await runSubgraph('promotions', config.logLevel, (logger) =>
  createPromotionsSubgraph({
    ...config,
    verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
    logger,
  }),
);
