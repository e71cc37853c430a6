export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface GraphQLRequestOptions {
  token?: string | undefined;
  headers?: Record<string, string>;
}

/** Sends one operation over real HTTP, the way a client would. */
export async function graphqlRequest<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphQLRequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** Fails the test with the server's errors when an operation that must succeed did not. */
export function expectData<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

export function errorCode(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}

/** One endpoint's operations: `gql` sends one (with a token when given), `data` also requires it to succeed. */
export interface GraphQLEndpoint {
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>;
}

export function graphqlEndpoint(url: string): GraphQLEndpoint {
  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphqlRequest<T>(url, query, variables, { token });
  return {
    gql,
    data: async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
      expectData(await gql<T>(query, variables, token)),
  };
}
