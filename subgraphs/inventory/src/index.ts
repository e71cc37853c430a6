import { runSubgraph } from '@msa/subgraph-kit';
import { createInventorySubgraph } from './app';
import { loadInventoryConfig } from './config';

await runSubgraph('inventory', loadInventoryConfig, createInventorySubgraph);
