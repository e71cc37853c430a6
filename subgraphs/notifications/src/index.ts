import { runSubgraph } from '@msa/subgraph-kit';
import { createNotificationsSubgraph } from './app';
import { loadNotificationsConfig } from './config';

await runSubgraph('notifications', loadNotificationsConfig, createNotificationsSubgraph);
