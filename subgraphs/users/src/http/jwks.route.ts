import type { AccessTokenSigner } from '@msa/auth';
import type { HttpApp } from './http-app';

export const JWKS_PATH = '/.well-known/jwks.json';

/** Publishes the public signing key so the router and every subgraph can verify access tokens. */
export function mountJwks(app: HttpApp, signer: AccessTokenSigner): void {
  app.get(JWKS_PATH, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300');
    res.json(signer.jwks());
  });
}
