import { expectData, graphqlRequest, type GraphQLResponse } from '@msa/testing';

/** A client of the router, optionally signed in: the way a storefront or script talks to the supergraph. */
export class ApiClient {
  constructor(
    readonly url: string,
    public token?: string,
  ) {}

  request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    return graphqlRequest<T>(this.url, query, variables, { token: this.token });
  }

  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    return expectData(await this.request<T>(query, variables));
  }

  as(token: string | undefined): ApiClient {
    return new ApiClient(this.url, token);
  }
}

export interface AuthResult {
  accessToken: string | null;
  refreshToken: string | null;
  user: { id: string; email: string; role: string } | null;
  userErrors: { code: string; message: string }[];
}

const AUTH_FIELDS = 'accessToken refreshToken user { id email role } userErrors { code message }';

export async function register(
  api: ApiClient,
  email: string,
  password = 'correct-horse-battery',
  name = 'Test Customer',
): Promise<AuthResult> {
  const data = await api.data<{ register: AuthResult }>(
    `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { email, password, name } },
  );
  return data.register;
}

export async function login(api: ApiClient, email: string, password: string): Promise<AuthResult> {
  const data = await api.data<{ login: AuthResult }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`,
    { email, password },
  );
  return data.login;
}

export async function refresh(api: ApiClient, refreshToken: string): Promise<AuthResult> {
  const data = await api.data<{ refreshToken: AuthResult }>(
    `mutation($t: String!) { refreshToken(refreshToken: $t) { ${AUTH_FIELDS} } }`,
    { t: refreshToken },
  );
  return data.refreshToken;
}

/** Registers a fresh customer and returns a client signed in as them. */
export async function newCustomer(
  api: ApiClient,
  label: string,
): Promise<{ client: ApiClient; userId: string; auth: AuthResult }> {
  const email = `${label}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const auth = await register(api, email);
  if (!auth.accessToken || !auth.user) throw new Error(`register failed: ${JSON.stringify(auth.userErrors)}`);
  return { client: api.as(auth.accessToken), userId: auth.user.id, auth };
}
