import { runSubgraph } from '@msa/subgraph-kit';
import { createUsersSubgraph } from './app';
import { loadUsersConfig, loadUsersSigningKey } from './config';

await runSubgraph('users', loadUsersConfig, async (options) =>
  createUsersSubgraph({ ...options, signingKey: await loadUsersSigningKey(options) }),
);
