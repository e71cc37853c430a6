import { startSubgraphs } from './subgraphs';

/** The four benchmark subgraphs in one process of their own; prints `READY <urls as JSON>`. */
const running = await startSubgraphs();
process.on('SIGINT', () => {
  void running.stop().finally(() => process.exit(0));
});
console.log(`READY ${JSON.stringify(running.urls)}`);
