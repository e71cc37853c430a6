import 'reflect-metadata';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph } from '../support/boot-supergraph';
import { ApiClient, login } from '../support/api';
import { mapLimit } from '../support/eventually';
import { addToCart, shippingRates, stockedVariant } from '../support/shop';

const system = await bootSupergraph();
await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
const anonymous = new ApiClient(system.routerUrl);
const auth = await login(anonymous, 'admin@example.com', 'admin-dev-password');
const admin = anonymous.as(auth.accessToken!);
const v = await stockedVariant(admin, 'RATES-1', 1000, 500);
const customers = await Promise.all(Array.from({ length: 200 }, async () => anonymous.as(await system.mintToken('CUSTOMER'))));
const carts = await mapLimit(customers, 20, (c) => addToCart(c, v.variantId, 1));
const results = await Promise.allSettled(customers.map((c, n) => shippingRates(c, carts[n]!.id)));
console.log('failed', results.filter((r) => r.status === 'rejected').length);
await system.stop();
process.exit(0);
