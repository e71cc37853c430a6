import 'reflect-metadata';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph } from '../support/boot-supergraph';
import { ApiClient, login, newCustomer } from '../support/api';
import { collect, liveClient } from '../support/live';
import { addToCart, checkout, stockedVariant } from '../support/shop';
import { formatMs, percentile } from './stats';

/**
 * `npm run bench:fanout [-- --subscribers 1000 --users 1]`: N graphql-ws clients subscribe through the router
 * to `orderUpdated`; an admin changes the orders and every client's delivery latency is measured. Runs twice:
 * with fields the orders subgraph owns, and with `customer { email }` fetched from users. With `--users U`
 * the subscribers are U customers' devices, each customer following their own order: the router shares
 * entity fetches only among one user's subscribers, so U = 1 is the best case and U = N the worst.
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** The router's count of events completed with other subgraphs' fields, by result (fetched or shared). */
async function eventCompletions(routerMetricsUrl: string): Promise<Record<string, number>> {
  const metrics = await (await fetch(routerMetricsUrl)).text();
  const counts: Record<string, number> = { fetched: 0, shared: 0 };
  for (const m of metrics.matchAll(
    /^router_subscription_event_completions_total\{[^}]*result="(\w+)"[^}]*\} (\d+)/gm,
  )) {
    counts[m[1]!] = (counts[m[1]!] ?? 0) + Number(m[2]);
  }
  return counts;
}

/** Reads the router's own gauge of active subscriptions until it reaches `count`. */
async function waitForActiveSubscriptions(routerMetricsUrl: string, count: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const metrics = await (await fetch(routerMetricsUrl)).text();
    const active = [...metrics.matchAll(/^router_subscriptions_active\{[^}]*\} (\d+)/gm)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    if (active >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${active} of ${count} subscriptions became active`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Follower {
  token: string;
  orderId: string;
}

async function fanOut(
  routerUrl: string,
  routerMetricsUrl: string,
  followers: Follower[],
  selection: string,
  subscribers: number,
  trigger: () => Promise<void>,
) {
  const devices = Array.from({ length: subscribers }, (_, index) => followers[index % followers.length]!);
  const clients = devices.map(({ token }) => liveClient(routerUrl, token));
  const feeds = clients.map((client, index) =>
    collect(client, `subscription($id: ID!) { orderUpdated(orderId: $id) { ${selection} } }`, {
      id: devices[index]!.orderId,
    }),
  );
  // Wait until the router holds every subscription upstream (the owner sends nothing until something changes).
  await waitForActiveSubscriptions(routerMetricsUrl, subscribers);
  const start = performance.now();
  await trigger();
  const deadline = Date.now() + 60_000;
  while (feeds.some((feed) => feed.arrivals.length === 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const delivered = feeds.filter((feed) => feed.arrivals.length > 0).map((feed) => feed.arrivals[0]! - start);
  feeds.forEach((feed) => feed.stop());
  await Promise.all(clients.map((client) => client.dispose()));
  return delivered;
}

async function main() {
  const subscribers = option('subscribers', 1_000);
  const users = option('users', 1);
  console.log(
    `bench:fanout — ${subscribers} subscribers (devices of ${users} customer(s)) through the router`,
  );
  const system = await bootSupergraph({ carrierStepDelayMs: 0 });
  try {
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    const anonymous = new ApiClient(system.routerUrl);
    const admin = anonymous.as(
      (await login(anonymous, 'admin@example.com', 'admin-dev-password')).accessToken!,
    );
    const variant = await stockedVariant(admin, 'FANOUT-1', 1_000, 10 * users);
    const followersOf: Follower[][] = [[], []];
    for (let user = 0; user < users; user += 1) {
      const { client: customer } = await newCustomer(anonymous, `fanout${user}`);
      for (const [run, followers] of followersOf.entries()) {
        const cart = await addToCart(customer, variant.variantId, 1);
        const order = (await checkout(customer, cart.id, `fanout-${user}-${run}`)).order!;
        followers.push({ token: customer.token!, orderId: order.id });
      }
    }
    const cases = [
      { label: 'owner fields (id status)', selection: 'id status', followers: followersOf[0]! },
      {
        label: '+ customer { email } per event',
        selection: 'id status customer { email }',
        followers: followersOf[1]!,
      },
    ];
    for (const { label, selection, followers } of cases) {
      const before = await eventCompletions(system.routerMetricsUrl);
      const delivered = await fanOut(
        system.routerUrl,
        system.routerMetricsUrl,
        followers,
        selection,
        subscribers,
        async () => {
          await Promise.all(
            followers.map(({ orderId }) =>
              admin.data('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }', {
                id: orderId,
              }),
            ),
          );
        },
      );
      console.log(
        `${label.padEnd(34)} delivered ${delivered.length}/${subscribers}   first ${formatMs(Math.min(...delivered))}   p50 ${formatMs(percentile(delivered, 50))}   p99 ${formatMs(percentile(delivered, 99))}`,
      );
      const after = await eventCompletions(system.routerMetricsUrl);
      const fetched = after.fetched! - before.fetched!;
      const shared = after.shared! - before.shared!;
      if (fetched + shared) console.log(`${''.padEnd(34)} entity fetches ${fetched}, shared ${shared}`);
    }
  } finally {
    await system.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
