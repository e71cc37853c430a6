import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, type AccessTokenVerifier, type Identity } from '@msa/auth';

/** A request the subgraph under test sent to the stand-in. */
export interface StandInRequest<V = Record<string, unknown>> {
  /** The path asked for, e.g. `/graphql`. */
  path: string;
  /** The JSON body as sent: for a GraphQL request, its query and variables. */
  body: { query: string; variables: V } & Record<string, unknown>;
  authorization: string | undefined;
}

/** What the stand-in answers: JSON (HTTP 200 unless told), or plain text such as a 503 page. */
export type StandInReply = { status?: number; json: unknown } | { status: number; text: string };

export interface GraphQLStandIn {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** `<baseUrl>/graphql`, where the subgraph is pointed as its router. */
  url: string;
  close(): Promise<void>;
}

/**
 * An HTTP server on a free loopback port that plays the router (or a service behind it) for a subgraph under
 * test: each request's JSON body is handed to `answer`, and its reply is sent back.
 */
export async function startGraphQLStandIn<V = Record<string, unknown>>(
  answer: (request: StandInRequest<V>) => StandInReply | Promise<StandInReply>,
): Promise<GraphQLStandIn> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', async () => {
      const request: StandInRequest<V> = {
        path: req.url ?? '/',
        body: JSON.parse(raw || '{}') as StandInRequest<V>['body'],
        authorization: req.headers.authorization,
      };
      const reply = await answer(request);
      res.statusCode = reply.status ?? 200;
      if ('text' in reply) return res.end(reply.text);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    url: `${baseUrl}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Who a request's bearer token names: null without a token, `'invalid'` when it does not verify. */
export async function callerOf(
  verifier: AccessTokenVerifier,
  authorization: string | undefined,
): Promise<Identity | null | 'invalid'> {
  const token = bearerToken(authorization);
  if (!token) return null;
  return verifier.verify(token).catch(() => 'invalid' as const);
}

/** A GraphQL answer carrying one error, as the router relays a service's refusal. */
export function graphqlError(message: string, code: string, path?: string[]): { json: unknown } {
  return { json: { errors: [{ message, ...(path ? { path } : {}), extensions: { code } }] } };
}
