import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createNotificationsSubgraph } from './app';
import { loadNotificationsConfig } from './config';

const config = loadNotificationsConfig();
await runSubgraph('notifications', config.logLevel, (logger) =>
  createNotificationsSubgraph({
    ...config,
    verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
    logger,
  }),
);
