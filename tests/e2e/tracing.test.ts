import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { trace, type SpanContext } from '@opentelemetry/api';
import { SERVICE_ATTRIBUTE } from '@msa/telemetry';
import type { Telemetry } from '@msa/telemetry/sdk';
import { startInMemoryTelemetry, type InMemorySpanExporter } from '@msa/telemetry/testing';
import { seed as seedPromotions } from '@msa/promotions/seed';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';
import { ApiClient, login, newCustomer } from '../support/api';
import { eventually } from '../support/eventually';
import { addToCart, checkout, orderOf, shippingRates, stockedVariant } from '../support/shop';

type FinishedSpan = ReturnType<InMemorySpanExporter['getFinishedSpans']>[number];

const CHECKOUT_SERVICES = ['router', 'orders', 'inventory', 'promotions', 'payments', 'shipping'];

function serviceOf(span: FinishedSpan): string | undefined {
  const service = span.attributes[SERVICE_ATTRIBUTE];
  return typeof service === 'string' ? service : undefined;
}

/**
 * One checkout is one trace: the client's request through the router, the orders mutation, and every saga hop
 * over the outbox and BullMQ (reserve, redeem, authorize, capture, ship, confirm), each service continuing the
 * trace the message was written in. All services share this process, so spans name their service in an
 * attribute rather than in the resource.
 */
describe('tracing: one checkout, one trace', () => {
  let telemetry: Telemetry;
  let exporter: InMemorySpanExporter;
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    ({ telemetry, exporter } = startInMemoryTelemetry());
    system = await bootSupergraph();
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    // WELCOME10: a discount makes the saga redeem promotions (the step is skipped without one).
    await seedPromotions({ databaseUrl: system.databases.promotions!.url, log: () => {} });
    anonymous = new ApiClient(system.routerUrl);
    const auth = await login(
      anonymous,
      'admin@example.com',
      process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    admin = anonymous.as(auth.accessToken!);
  });
  afterAll(async () => {
    await system?.stop();
    await telemetry?.shutdown();
  });

  it('spans of the router, orders, inventory, promotions, payments and shipping share the checkout trace', async () => {
    const lamp = await stockedVariant(admin, 'TRACE-LAMP', 4_900, 5);
    const { client: customer } = await newCustomer(anonymous, 'traced');
    const cart = await addToCart(customer, lamp.variantId, 1);
    const coupon = await customer.data<{ applyCoupon: { userErrors: unknown[] } }>(
      'mutation($c: ID!) { applyCoupon(cartId: $c, code: "WELCOME10") { userErrors { code message } } }',
      { c: cart.id },
    );
    expect(coupon.applyCoupon.userErrors).toEqual([]);
    const [rate] = await shippingRates(customer, cart.id);

    // The client's own span: its trace id is the one every service must continue.
    const tracer = trace.getTracer('e2e-client');
    let client!: SpanContext;
    const placed = await tracer.startActiveSpan('checkout', async (span) => {
      client = span.spanContext();
      try {
        return await checkout(customer, cart.id, 'traced-checkout', { shippingRateId: rate!.id });
      } finally {
        span.end();
      }
    });
    expect(placed.userErrors).toEqual([]);
    const orderId = placed.order!.id;
    await eventually(async () => expect((await orderOf(customer, orderId))?.status).toBe('CONFIRMED'), {
      timeoutMs: 30_000,
    });

    const spans = await eventually(
      async () => {
        const inTrace = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === client.traceId);
        const services = new Set(inTrace.map(serviceOf));
        for (const service of CHECKOUT_SERVICES) expect(services, service).toContain(service);
        // Every saga hop is a consumer span of the queue its command or reply travelled on.
        const consumed = new Set(inTrace.filter((s) => s.name.endsWith(' process')).map((s) => s.name));
        for (const queue of [
          'commands.inventory',
          'commands.promotions',
          'commands.payments',
          'commands.shipping',
          'events.orders',
        ])
          expect(consumed, queue).toContain(`${queue} process`);
        // No orphans: every span hangs off the client's span or another span of the trace.
        const ids = new Set(inTrace.map((s) => s.spanContext().spanId));
        for (const span of inTrace)
          if (span.spanContext().spanId !== client.spanId)
            expect(ids, span.name).toContain(span.parentSpanContext?.spanId);
        return inTrace;
      },
      { timeoutMs: 30_000 },
    );

    // The router's own span and @apollo/gateway's spans are in the trace, the gateway's under the router.
    const routerSpans = spans.filter((s) => serviceOf(s) === 'router');
    expect(routerSpans.map((s) => s.name)).toContain('POST /graphql');
    expect(routerSpans.map((s) => s.name)).toEqual(
      expect.arrayContaining(['gateway.request', 'gateway.fetch']),
    );

    // The context travelled through each service's outbox: the rows orders wrote carry this trace.
    const db = new pg.Client({ connectionString: system.databases.orders!.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ traceparent: string | null }>(
        `SELECT "trace_context"->>'traceparent' AS "traceparent" FROM "outbox" WHERE "payload"->>'orderId' = $1`,
        [orderId],
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.traceparent).toContain(client.traceId);
    } finally {
      await db.end();
    }
  });

  it('serves queue, outbox, saga and business metrics of the checkout on /metrics', async () => {
    const metricsUrl = system.subgraphs.orders!.url.replace(/\/graphql$/, '/metrics');
    await eventually(async () => {
      const text = await (await fetch(metricsUrl)).text();
      expect(text).toMatch(/^msa_orders_placed_total(\{[^}]*\})? [1-9]/m);
      expect(text).toMatch(/^msa_orders_confirmed_total(\{[^}]*\})? [1-9]/m);
      expect(text).toMatch(/^msa_revenue_minor_units_total\{[^}]*currency="[A-Z]{3}"[^}]*\} [1-9]/m);
      expect(text).toMatch(
        /^msa_saga_step_outcomes_total\{[^}]*step="authorize-payment",outcome="succeeded"[^}]*\} [1-9]/m,
      );
      expect(text).toMatch(
        /^msa_saga_step_duration_seconds_count\{[^}]*step="capture-payment"[^}]*\} [1-9]/m,
      );
      expect(text).toMatch(/^msa_queue_jobs\{[^}]*queue="commands\.inventory",state="waiting"[^}]*\} \d/m);
      expect(text).toMatch(/^msa_queue_oldest_job_age_seconds\{[^}]*queue="events\.orders"[^}]*\} /m);
      expect(text).toMatch(
        /^msa_queue_job_duration_seconds_count\{[^}]*queue="commands\.payments"[^}]*outcome="completed"[^}]*\} [1-9]/m,
      );
      expect(text).toMatch(/^msa_outbox_lag_seconds\{[^}]*outbox="[a-z_0-9]*orders[a-z_0-9]*"[^}]*\} /m);
      expect(text).toMatch(/^msa_dead_letter_jobs(\{[^}]*\})? 0/m);
    });
  });
});
