import { readPublicUrl } from './public-url';

/** Where the router answers: GraphQL over HTTP, GraphQL over WebSocket, and uploads/media under the origin. */
export interface ApiEndpoints {
  origin: string;
  graphqlUrl: string;
  graphqlWsUrl: string;
}

const DEFAULT_API_ORIGIN = 'http://localhost:4000';

/** The endpoints of a router origin such as `https://api.shop.example`. */
export function apiEndpoints(origin: string): ApiEndpoints {
  const base = readPublicUrl('API_ORIGIN', origin, DEFAULT_API_ORIGIN);
  return {
    origin: base,
    graphqlUrl: `${base}/graphql`,
    graphqlWsUrl: `${base.replace(/^http/, 'ws')}/graphql`,
  };
}

/**
 * Reads the router origin on the server at request time (`API_ORIGIN`, else `NEXT_PUBLIC_API_ORIGIN`, else the
 * local default), so one build of an app serves any deployment and the browser learns the origin from the page.
 */
export function apiEndpointsFromEnv(env: Record<string, string | undefined> = process.env): ApiEndpoints {
  return apiEndpoints(env.API_ORIGIN?.trim() || env.NEXT_PUBLIC_API_ORIGIN?.trim() || DEFAULT_API_ORIGIN);
}
