import express from 'express';
import { bearerToken, secretMatches, SERVICE_TOKEN_PATH, type AccessTokenSigner } from '@msa/auth';
import type { HttpApp } from './http-app';

const SERVICE_NAME = /^[a-z][a-z0-9-]{1,39}$/;
const SERVICE_TOKEN_TTL_SECONDS = 300;

/**
 * Client-credentials for internal services: presenting the shared internal secret yields a short-lived
 * access token with kind "service" (role ADMIN), signed like every other token, so subgraphs verify it with
 * the same keys and nothing else changes for them.
 */
export function mountServiceTokens(app: HttpApp, signer: AccessTokenSigner, secret: string): void {
  app.post(SERVICE_TOKEN_PATH, express.json({ limit: '4kb' }), async (req, res) => {
    if (!secretMatches(bearerToken(req.headers.authorization), secret)) {
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
    const accessToken = await signer.sign(
      { userId: `service:${service}`, role: 'ADMIN', kind: 'service' },
      SERVICE_TOKEN_TTL_SECONDS,
    );
    res.json({ accessToken, expiresIn: SERVICE_TOKEN_TTL_SECONDS });
  });
}
