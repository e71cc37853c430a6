import 'reflect-metadata';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph } from '../support/boot-supergraph';
import { ApiClient, login } from '../support/api';
import { mapLimit } from '../support/eventually';
import { addToCart, checkout, shippingRates, stockedVariant } from '../support/shop';

const N = Number(process.argv[2] ?? 20);
const system = await bootSupergraph();
await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
const anonymous = new ApiClient(system.routerUrl);
const auth = await login(anonymous, 'admin@example.com', 'admin-dev-password');
const admin = anonymous.as(auth.accessToken!);
const v = await stockedVariant(admin, 'CO-1', 1000, 500);
const customers = await Promise.all(Array.from({ length: N }, async () => anonymous.as(await system.mintToken('CUSTOMER'))));
const carts = await mapLimit(customers, 20, (c) => addToCart(c, v.variantId, 1));
const rates = await mapLimit(customers, 20, async (c, n) => (await shippingRates(c, carts[n]!.id))[0]!.id);
const t0 = performance.now();
const results = await Promise.allSettled(customers.map(async (c, n) => { const s = performance.now(); const r = await checkout(c, carts[n]!.id, `k${n}`, { shippingRateId: rates[n]! }); return { r, ms: performance.now() - s }; }));
console.log('elapsed', Math.round(performance.now() - t0));
const statuses: Record<string, number> = {};
for (const r of results) { const k = r.status === 'fulfilled' ? `${r.value.r.order?.status}/${r.value.r.userErrors.map(e=>e.code).join(',')}` : `rejected:${String(r.reason).slice(0,120)}`; statuses[k] = (statuses[k] ?? 0) + 1; }
console.log(statuses);
const ms = results.filter((r) => r.status === 'fulfilled').map((r: any) => r.value.ms).sort((a: number, b: number) => a - b);
console.log('p50', Math.round(ms[Math.floor(ms.length/2)]), 'max', Math.round(ms[ms.length-1]));
import('pg').then(async ({ default: pg }) => {
  const rows: { db: string; name: string; created: Date; published: Date | null }[] = [];
  for (const [db, { url }] of Object.entries(system.databases)) {
    const c = new pg.Client({ connectionString: url }); await c.connect();
    try { const r = await c.query('select name, created_at, published_at from outbox where created_at > now() - interval \'30 seconds\' order by created_at'); for (const x of r.rows) rows.push({ db, name: x.name, created: x.created_at, published: x.published_at }); } catch {}
    await c.end();
  }
  rows.sort((a, b) => a.created.getTime() - b.created.getTime());
  const t = rows[0]?.created.getTime() ?? 0;
  for (const r of rows) console.log(r.db.padEnd(14), r.name.padEnd(30), r.created.getTime() - t, r.published ? r.published.getTime() - t : null);
});
await new Promise((r) => setTimeout(r, 1000));
await system.stop();
process.exit(0);
