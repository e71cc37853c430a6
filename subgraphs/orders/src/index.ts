import { runSubgraph } from '@msa/subgraph-kit';
import { createOrdersSubgraph } from './app';
import { loadOrdersConfig } from './config';

await runSubgraph('orders', loadOrdersConfig, createOrdersSubgraph);
