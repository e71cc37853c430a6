import { runSubgraph } from '@msa/subgraph-kit';
import { createPaymentsSubgraph } from './app';
import { loadPaymentsConfig } from './config';

await runSubgraph('payments', loadPaymentsConfig, createPaymentsSubgraph);
