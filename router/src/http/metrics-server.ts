import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsHandler, type ServiceMetrics } from '@msa/subgraph-kit';
import { notFoundHandler } from './json-errors';

export interface MetricsServer {
  /** e.g. http://localhost:9400/metrics */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * /metrics on its own listener: the router's public port faces the internet (through the ingress), this one
 * is reached only by Prometheus inside the network (the compose network, or the pod's annotated port that no
 * Ingress routes to).
 */
export async function startMetricsServer(
  metrics: ServiceMetrics,
  listen: { port: number; host: string },
): Promise<MetricsServer> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metricsHandler(metrics));
  app.use(notFoundHandler);
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/metrics`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
