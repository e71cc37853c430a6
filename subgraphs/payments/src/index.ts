import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createPaymentsSubgraph } from './app';
import { loadPaymentsConfig } from './config';

const config = loadPaymentsConfig();
await runSubgraph('payments', config.logLevel, (logger) =>
  createPaymentsSubgraph({
    ...config,
    verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
    logger,
  }),
);
