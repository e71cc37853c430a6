import { seed as seedUsers } from '@msa/users/seed';
import { ApiClient, login } from './api';
import { bootSupergraph, type BootedSupergraph, type BootOptions } from './boot-supergraph';

export const DEMO_ADMIN_EMAIL = 'admin@example.com';
export const DEMO_ADMIN_PASSWORD = process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password';

export interface SystemWithAdmin {
  system: BootedSupergraph;
  /** A client with no token: what a visitor or a new customer starts from. */
  anonymous: ApiClient;
  /** The demo administrator, signed in. */
  admin: ApiClient;
}

/**
 * What most end-to-end files start with: the whole system booted, the demo accounts seeded and the demo
 * administrator signed in through the router.
 */
export async function bootWithAdmin(options: BootOptions = {}): Promise<SystemWithAdmin> {
  const system = await bootSupergraph(options);
  try {
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    const anonymous = new ApiClient(system.routerUrl);
    const auth = await login(anonymous, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    if (!auth.accessToken) throw new Error(`demo admin sign-in failed: ${JSON.stringify(auth.userErrors)}`);
    return { system, anonymous, admin: anonymous.as(auth.accessToken) };
  } catch (error) {
    await system.stop();
    throw error;
  }
}
