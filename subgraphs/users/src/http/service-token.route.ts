import express from 'express';
import {
  bearerToken,
  DEV_INTERNAL_SERVICE_SECRET,
  secretMatches,
  SERVICE_TOKEN_PATH,
  SERVICE_TOKEN_SCOPES,
  type AccessTokenSigner,
} from '@msa/auth';
import { developmentSecretRefused, type Logger } from '@msa/subgraph-kit';
import type { HttpApp } from './http-app';

const SERVICE_NAME = /^[a-z][a-z0-9-]{1,39}$/;
const SERVICE_TOKEN_TTL_SECONDS = 300;

export interface ServiceTokenRouteOptions {
  secret: string;
  /** The address this server listens on: the published development secret works on loopback only. */
  listenHost: string;
  logger: Logger;
}

/**
 * Client-credentials for internal services: presenting the shared internal secret yields a short-lived
 * access token with kind "service", role SERVICE and only the scopes that service needs
 * (SERVICE_TOKEN_SCOPES), signed like every other token. The router and the subgraphs grant SERVICE nothing
 * beyond those scopes.
 */
export function mountServiceTokens(
  app: HttpApp,
  signer: AccessTokenSigner,
  options: ServiceTokenRouteOptions,
): void {
  const devSecretRefused = developmentSecretRefused(
    options.secret,
    DEV_INTERNAL_SERVICE_SECRET,
    options.listenHost,
  );
  if (devSecretRefused) {
    options.logger.warn(
      { host: options.listenHost },
      'INTERNAL_SERVICE_SECRET is the published development secret and this server listens beyond loopback: service tokens are refused until a real secret is set',
    );
  }
  app.post(SERVICE_TOKEN_PATH, express.json({ limit: '4kb' }), async (req, res) => {
    if (devSecretRefused) {
      res.status(403).json({
        error: {
          code: 'FORBIDDEN',
          message: 'The development service secret is accepted on loopback only; set INTERNAL_SERVICE_SECRET',
        },
      });
      return;
    }
    if (!secretMatches(bearerToken(req.headers.authorization), options.secret)) {
      res
        .status(401)
        .json({ error: { code: 'UNAUTHENTICATED', message: 'A valid internal service secret is required' } });
      return;
    }
    const service = (req.body as { service?: unknown } | undefined)?.service;
    if (typeof service !== 'string' || !SERVICE_NAME.test(service)) {
      res
        .status(400)
        .json({ error: { code: 'BAD_USER_INPUT', message: '"service" must be a lowercase service name' } });
      return;
    }
    const scopes = Object.hasOwn(SERVICE_TOKEN_SCOPES, service) ? SERVICE_TOKEN_SCOPES[service] : undefined;
    if (!scopes) {
      res
        .status(403)
        .json({ error: { code: 'FORBIDDEN', message: `No service token is issued to "${service}"` } });
      return;
    }
    const accessToken = await signer.sign(
      { userId: `service:${service}`, role: 'SERVICE', kind: 'service', scopes },
      SERVICE_TOKEN_TTL_SECONDS,
    );
    res.json({ accessToken, expiresIn: SERVICE_TOKEN_TTL_SECONDS });
  });
}
