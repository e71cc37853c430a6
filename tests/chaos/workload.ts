import { ApiClient } from '../support/api';
import { ADDRESS } from '../support/shop';
import { sleep } from '../support/service-cluster';

/** A deterministic pseudo-random sequence (mulberry32), so a seed replays the same customers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Card tokens of the simulated provider: most succeed, some are declined, some time out once. */
export function pickPaymentToken(random: () => number): string {
  const roll = random();
  if (roll < 0.1) return 'tok_chargeDeclined';
  if (roll < 0.2) return 'tok_timeout';
  return 'tok_visa';
}

const CALL_TIMEOUT_MS = 30_000;

/**
 * Calls `attempt` until it answers, as a shop client facing restarting services would: network errors and
 * GraphQL errors (a subgraph down, the router gone) are retried after a short pause until the deadline.
 */
export async function persist<T>(attempt: () => Promise<T>, deadline: number, what: string): Promise<T> {
  let last: unknown;
  while (Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    try {
      // A call that hangs (a service stuck on a dead connection) is abandoned and asked again.
      const hung = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${what}: no answer within ${CALL_TIMEOUT_MS} ms`)),
          CALL_TIMEOUT_MS,
        );
      });
      return await Promise.race([attempt(), hung]);
    } catch (error) {
      last = error;
      await sleep(250);
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error(`${what}: no answer before the deadline (${(last as Error | undefined)?.message ?? ''})`);
}

export interface CustomerPlan {
  label: string;
  token: string;
  variantId: string;
  paymentToken: string;
}

export interface CheckoutOutcome {
  label: string;
  paymentToken: string;
  orderId: string | null;
  status: string | null;
  userErrors: string[];
}

/** One customer: adds to a fresh cart, quotes shipping and checks out, riding out every fault. */
export async function shopOnce(
  routerUrl: string,
  plan: CustomerPlan,
  deadline: number,
): Promise<CheckoutOutcome> {
  const client = new ApiClient(routerUrl, plan.token);
  // A refusal (the scarce variant sold out) is an answer; only errors are retried.
  const added = await persist(
    async () =>
      (
        await client.data<{
          addToCart: { cart: { id: string } | null; userErrors: { code: string }[] };
        }>(
          'mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { cart { id } userErrors { code } } }',
          {
            v: plan.variantId,
          },
        )
      ).addToCart,
    deadline,
    `${plan.label} addToCart`,
  );
  // A refused line leaves the cart as it was (empty here): a sold-out variant ends this customer's visit.
  if (!added.cart || added.userErrors.length) {
    const userErrors = added.userErrors.map((e) => e.code);
    return { label: plan.label, paymentToken: plan.paymentToken, orderId: null, status: null, userErrors };
  }
  const cartId = added.cart.id;
  const rateId = await persist(
    async () => {
      const data = await client.data<{ shippingRates: { id: string; amount: { amount: number } }[] }>(
        'query($input: ShippingRatesInput!) { shippingRates(input: $input) { id amount { amount } } }',
        {
          input: {
            cartId,
            destination: { country: ADDRESS.country, postalCode: ADDRESS.postalCode, city: ADDRESS.city },
          },
        },
      );
      const cheapest = [...data.shippingRates].sort((a, b) => a.amount.amount - b.amount.amount)[0];
      if (!cheapest) throw new Error('no shipping rate');
      return cheapest.id;
    },
    deadline,
    `${plan.label} shippingRates`,
  );
  // The idempotency key makes every retry of the checkout the same order, whatever was lost in between.
  const answer = await persist(
    () =>
      client.data<{
        checkout: { order: { id: string; status: string } | null; userErrors: { code: string }[] };
      }>(
        'mutation($input: CheckoutInput!) { checkout(input: $input) { order { id status } userErrors { code } } }',
        {
          input: {
            cartId,
            shippingAddress: ADDRESS,
            idempotencyKey: `chaos-${plan.label}`,
            shippingRateId: rateId,
            paymentToken: plan.paymentToken,
          },
        },
      ),
    deadline,
    `${plan.label} checkout`,
  );
  return {
    label: plan.label,
    paymentToken: plan.paymentToken,
    orderId: answer.checkout.order?.id ?? null,
    status: answer.checkout.order?.status ?? null,
    userErrors: answer.checkout.userErrors.map((e) => e.code),
  };
}
