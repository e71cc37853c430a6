import { seed as seedPromotions } from '@msa/promotions/seed';
import { seed as seedProducts } from '@msa/products/seed';
import { seed as seedUsers } from '@msa/users/seed';
import { seedDemoStock } from '../../../scripts/dev/demo-stock';
import { bootSupergraph, type BootedSupergraph, type BootOptions } from '../../support/boot-supergraph';
import { reservePort } from '../../support/port-reservation';
import { startWebApp, type RunningWebApp, type WebApp } from './web-apps';

export const DEMO_ADMIN = { email: 'admin@example.com', password: 'admin-dev-password' } as const;
export const DEMO_CUSTOMER = { email: 'customer@example.com', password: 'customer-dev-password' } as const;

export interface BrowserShop {
  system: BootedSupergraph;
  /** The router's GraphQL endpoint, for setting up data through the API. */
  routerUrl: string;
  /** Base URLs of the running apps, e.g. `apps.web` → `http://localhost:41234`. */
  apps: Partial<Record<WebApp, string>>;
  stop(): Promise<void>;
}

export type BrowserShopOptions = BootOptions & {
  /** Run-time settings of the apps, e.g. `{ SHOP_PRICES_INCLUDE_TAX: 'true' }`. */
  appEnv?: Record<string, string>;
};

/**
 * The whole system for a browser test: every subgraph and the router in this process on throwaway databases,
 * the demo data of `npm run dev` (catalog with images, accounts, the WELCOME10 promotion, stock), and the
 * production builds of the requested apps pointed at this router.
 */
export async function startBrowserShop(
  apps: WebApp[],
  options: BrowserShopOptions = {},
): Promise<BrowserShop> {
  const { appEnv, ...bootOptions } = options;
  // The router's CORS list needs the apps' origins before they start: their ports stay held until then.
  const holds = Object.fromEntries(
    await Promise.all(apps.map(async (app) => [app, await reservePort()] as const)),
  );
  const ports = Object.fromEntries(Object.entries(holds).map(([app, hold]) => [app, hold.port]));
  const system = await bootSupergraph({
    ...bootOptions,
    corsOrigins: Object.values(ports).map((port) => `http://localhost:${port}`),
  });
  const running: RunningWebApp[] = [];
  try {
    await seedDemoData(system);
    const origin = new URL(system.routerUrl).origin;
    for (const app of apps) {
      await holds[app]!.release();
      running.push(await startWebApp(app, ports[app]!, origin, appEnv));
    }
  } catch (error) {
    await Promise.all(Object.values(holds).map((hold) => hold.release()));
    await Promise.all(running.map((app) => app.stop()));
    await system.stop();
    throw error;
  }
  return {
    system,
    routerUrl: system.routerUrl,
    apps: Object.fromEntries(running.map((app) => [app.app, app.url])),
    async stop() {
      await Promise.all(running.map((app) => app.stop()));
      await system.stop();
    },
  };
}

/** The demo data of `npm run dev`: accounts, the catalog with its images, the promotions and stock. */
async function seedDemoData(system: BootedSupergraph): Promise<void> {
  const log = () => undefined;
  await seedUsers({ databaseUrl: system.databases.users!.url, log });
  await seedProducts({ databaseUrl: system.databases.products!.url, log, mediaDir: system.mediaDir });
  await seedPromotions({ databaseUrl: system.databases.promotions!.url, log });
  await seedDemoStock(system.routerUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
}
