import { test } from 'vitest';
import { startBrowserShop, type BrowserShop, type BrowserShopOptions } from './shop';
import type { WebApp } from './web-apps';

/**
 * What most browser files ask for, so that they share one shop: both apps, and checkout answering at once
 * (no settlement wait). The storefront's order page then follows an order from PENDING on over the
 * orderUpdated subscription; a test placing orders through the API waits for the status it needs.
 */
const SHARED_APPS: WebApp[] = ['web', 'admin'];
const SHARED_OPTIONS: BrowserShopOptions = { checkoutSettleTimeoutMs: 0 };

export interface BrowserShops {
  /** The shop for these apps and options: started on first use, then the same for every later file. */
  get(apps: WebApp[], options?: BrowserShopOptions): Promise<BrowserShop>;
  /** The shop of SHARED_APPS and SHARED_OPTIONS. */
  shared(): Promise<BrowserShop>;
}

/** Apps and options in a fixed order: equal needs give equal keys. */
export function shopKey(apps: WebApp[], options: BrowserShopOptions = {}): string {
  const sorted = (record: object) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  const { appEnv = {}, ...boot } = options;
  return JSON.stringify({ apps: [...new Set(apps)].sort(), boot: sorted(boot), appEnv: sorted(appEnv) });
}

/**
 * The browser project runs its files one after another in one worker that keeps their modules
 * (vitest.workspace.ts), so this worker-scoped fixture lives for the whole run: a shop booted for one file is
 * reused by every later file with the same key, and all are stopped (servers, apps, databases) when the
 * worker ends. Use it in a file's hooks: `shopTest.beforeAll(async ({ browserShops }) => …)`.
 */
export const shopTest = test.extend(
  'browserShops',
  { scope: 'worker' },
  async ({}, { onCleanup }): Promise<BrowserShops> => {
    const shops = new Map<string, Promise<BrowserShop>>();
    onCleanup(async () => {
      const started = [...shops.values()];
      shops.clear();
      await Promise.allSettled(started.map(async (shop) => (await shop).stop()));
    });
    const get = (apps: WebApp[], options: BrowserShopOptions = {}) => {
      const key = shopKey(apps, options);
      const existing = shops.get(key);
      if (existing) return existing;
      const shop = startBrowserShop(apps, options);
      shops.set(key, shop);
      // A shop that failed to start has cleaned up after itself: the next file tries again.
      shop.catch(() => shops.get(key) === shop && shops.delete(key));
      return shop;
    };
    return { get, shared: () => get(SHARED_APPS, SHARED_OPTIONS) };
  },
);
