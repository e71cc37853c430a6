import { createAccessTokenVerifier, remoteKeys, type AccessTokenVerifier } from '@msa/auth';
import type { Stoppable } from './disposable-stack';
import { createLogger, type Logger } from './logger';
import { installGracefulShutdown } from './shutdown';
import type { SubgraphSettings } from './subgraph-config';

/** What a subgraph's start is given in its own process: its settings, a logger and the JWKS verifier. */
export type SubgraphProcessOptions<Settings extends SubgraphSettings> = Settings & {
  verifier: AccessTokenVerifier;
  logger: Logger;
};

/**
 * A subgraph's `src/index.ts`: reads its settings from the environment with its loader (see
 * loadSubgraphConfig), starts it as its own process with a logger at the configured level and a verifier of
 * the access tokens signed at JWKS_URL, and stops it cleanly on SIGTERM/SIGINT.
 */
export async function runSubgraph<Settings extends SubgraphSettings>(
  name: string,
  loadSettings: (env: NodeJS.ProcessEnv) => Settings,
  start: (options: SubgraphProcessOptions<Settings>) => Promise<Stoppable>,
): Promise<void> {
  const settings = loadSettings(process.env);
  const logger = createLogger(name, settings.logLevel);
  const verifier = createAccessTokenVerifier(remoteKeys(settings.jwksUrl));
  const running = await start({ ...settings, verifier, logger });
  installGracefulShutdown(() => running.stop(), logger);
}
