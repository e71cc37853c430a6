import 'reflect-metadata';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AccessTokenVerifier } from '@msa/auth';
import {
  buildFederatedSchema,
  createLogger,
  forbidden,
  notFound,
  requireIdentity,
  startSubgraphServer,
  type RunningSubgraph,
  type SubgraphContext,
} from '@msa/subgraph-kit';
import { liveTopic, serveLive, type LiveEndpoint, type LiveTopic } from './live-server';

// ---- shop: owns Order and Subscription.orderUpdated (only the order's customer or an admin may watch) ----

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Customer', { description: 'The customer who placed an order (owned by people).' })
class CustomerRef {
  @Field(() => ID, { description: 'Customer id (their user id).' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'An order in the test shop.' })
class Order {
  @Field(() => ID, { description: 'Order id.' })
  id!: string;

  @Field(() => String, { description: 'Human-friendly number.' })
  number!: string;

  @Field(() => String, { description: 'Current status.' })
  status!: string;

  @Field(() => CustomerRef, { description: 'Who placed it.' })
  customer!: CustomerRef;
}

export interface OrderRecord {
  id: string;
  number: string;
  status: string;
  customerId: string;
}

const toOrder = (record: OrderRecord): Order => ({ ...record, customer: { id: record.customerId } });

@ObjectType('Subscription', { description: 'Live updates of the test shop.' })
class ShopSubscriptionRoot {
  @Field(() => Order, {
    nullable: true,
    description: 'The order each time it changes (its customer or admins).',
  })
  orderUpdated(
    @Arg('orderId', () => ID, { description: 'The order to watch.' }) _orderId: string,
  ): Order | null {
    throw new Error('served by its subscribe resolver');
  }
}

/** The shop's orders; `startLiveSubgraphs` resets them. */
const orders = new Map<string, OrderRecord>();

@Resolver(() => Order)
class OrderResolver {
  @Query(() => Order, { nullable: true, description: 'One order, for its customer or admins.' })
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Order | null {
    const viewer = requireIdentity(ctx);
    const record = orders.get(id);
    if (!record || (record.customerId !== viewer.userId && viewer.role !== 'ADMIN')) return null;
    return toOrder(record);
  }
}

// ---- people: owns Customer.email and Subscription.messageAdded (each user hears their own messages) ----

@Directive('@key(fields: "id")')
@ObjectType('Customer', { description: 'A customer of the test shop.' })
class Customer {
  @Field(() => ID, { description: 'Customer id.' })
  id!: string;

  @Field(() => String, { description: 'Where they receive mail.' })
  email!: string;
}

@ObjectType('Message', { description: 'A message to one customer.' })
class Message {
  @Field(() => ID, { description: 'Message id.' })
  id!: string;

  @Field(() => String, { description: 'What it says.' })
  text!: string;
}

@ObjectType('Subscription', { description: 'Live updates of people.' })
class PeopleSubscriptionRoot {
  @Field(() => Message, { nullable: true, description: "The signed-in customer's new messages." })
  messageAdded(): Message | null {
    throw new Error('served by its subscribe resolver');
  }
}

@Resolver(() => Customer)
class CustomerResolver {
  @Query(() => Customer, { nullable: true, description: 'The signed-in customer.' })
  me(@Ctx() ctx: SubgraphContext): Customer | null {
    const viewer = requireIdentity(ctx);
    return { id: viewer.userId, email: emailOf(viewer.userId) };
  }
}

export const emailOf = (customerId: string) => `${customerId}@example.com`;

// ---- billing: adds Order.payment, which needs a signed-in caller (so forwarded tokens are checked) ----

@ObjectType('Payment', { description: "An order's payment." })
class Payment {
  @Field(() => String, { description: 'Payment status.' })
  status!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'An order, extended with its payment.' })
class OrderPayment {
  @Field(() => ID, { description: 'Order id.' })
  id!: string;
}

@Resolver(() => OrderPayment)
class OrderPaymentResolver {
  @Query(() => [String], { description: 'Payment statuses there are.' })
  paymentStatuses(): string[] {
    return ['PENDING', 'CAPTURED'];
  }

  @FieldResolver(() => Payment, { nullable: true, description: 'The payment (signed-in callers only).' })
  payment(@Root() order: OrderPayment, @Ctx() ctx: SubgraphContext): Payment {
    requireIdentity(ctx);
    return { status: order.id.endsWith('1') ? 'CAPTURED' : 'PENDING' };
  }
}

export interface LiveSubgraph {
  server: RunningSubgraph;
  live: LiveEndpoint;
}

export interface LiveSubgraphs {
  shop: LiveSubgraph;
  people: LiveSubgraph;
  billing: RunningSubgraph;
  orders: Map<string, OrderRecord>;
  orderUpdates: LiveTopic<{ orderId: string }>;
  messages: LiveTopic<Message>;
  /** Every Customer entity people resolved, in order: one per representation of an `_entities` request. */
  customerLookups: string[];
  /**
   * While set, each Customer lookup waits for it before answering: a test holds the answers so that every
   * subscriber of one event is known to be waiting on the router at the same time.
   */
  customerLookupHold: { current: Promise<void> | null };
  endpoints: { name: string; url: string }[];
  /** Changes an order's status and publishes the change, as the orders service does. */
  updateOrder(orderId: string, status: string): void;
  stop(): Promise<void>;
}

/** Three federated subgraphs on port 0; shop and people serve subscriptions over graphql-ws. */
export async function startLiveSubgraphs(verifier: AccessTokenVerifier): Promise<LiveSubgraphs> {
  const logger = createLogger('live-subgraph', 'silent');
  orders.clear();
  orders.set('o1', { id: 'o1', number: 'T-1', status: 'PENDING', customerId: 'c1' });
  orders.set('o2', { id: 'o2', number: 'T-2', status: 'PENDING', customerId: 'c2' });
  const orderUpdates = liveTopic<{ orderId: string }>();
  const messages = liveTopic<Message>();
  const customerLookups: string[] = [];
  const customerLookupHold: { current: Promise<void> | null } = { current: null };

  const shopSchema = await buildFederatedSchema({
    resolvers: [OrderResolver],
    orphanedTypes: [CustomerRef, ShopSubscriptionRoot],
    referenceResolvers: {
      Order: (reference: { id: string }) => {
        const record = orders.get(reference.id);
        return record ? toOrder(record) : null;
      },
    },
    extraResolvers: {
      Subscription: {
        orderUpdated: {
          subscribe: (_root: unknown, args: { orderId: string }, ctx: SubgraphContext) => {
            const viewer = requireIdentity(ctx);
            const record = orders.get(args.orderId);
            if (!record) throw notFound('Order');
            if (record.customerId !== viewer.userId && viewer.role !== 'ADMIN')
              throw forbidden('Only the customer or an administrator may watch this order');
            return orderUpdates.subscribe(args.orderId);
          },
          resolve: (update: { orderId: string }) => {
            const record = orders.get(update.orderId);
            return record ? toOrder(record) : null;
          },
        },
      },
    } as never,
  });
  const peopleSchema = await buildFederatedSchema({
    resolvers: [CustomerResolver],
    orphanedTypes: [PeopleSubscriptionRoot, Message],
    referenceResolvers: {
      Customer: async (reference: { id: string }) => {
        customerLookups.push(reference.id);
        await customerLookupHold.current;
        return { id: reference.id, email: emailOf(reference.id) };
      },
    },
    extraResolvers: {
      Subscription: {
        messageAdded: {
          subscribe: (_root: unknown, _args: unknown, ctx: SubgraphContext) =>
            messages.subscribe(requireIdentity(ctx).userId),
          resolve: (message: Message) => message,
        },
      },
    } as never,
  });
  const billingSchema = await buildFederatedSchema({
    resolvers: [OrderPaymentResolver],
    orphanedTypes: [OrderPayment, Payment],
    referenceResolvers: { Order: (reference: { id: string }) => ({ id: reference.id }) },
  });

  const start = (name: string, schema: typeof shopSchema) =>
    startSubgraphServer({ name, schema, verifier, logger, port: 0 });
  const [shopServer, peopleServer, billing] = await Promise.all([
    start('shop', shopSchema),
    start('people', peopleSchema),
    start('billing', billingSchema),
  ]);
  const shop = { server: shopServer, live: serveLive(shopServer.httpServer, shopSchema, verifier) };
  const people = { server: peopleServer, live: serveLive(peopleServer.httpServer, peopleSchema, verifier) };

  return {
    shop,
    people,
    billing,
    orders,
    orderUpdates,
    messages,
    customerLookups,
    customerLookupHold,
    endpoints: [
      { name: 'shop', url: shopServer.url },
      { name: 'people', url: peopleServer.url },
      { name: 'billing', url: billing.url },
    ],
    updateOrder(orderId, status) {
      const record = orders.get(orderId);
      if (!record) throw new Error(`No order ${orderId}`);
      record.status = status;
      orderUpdates.publish(orderId, { orderId });
    },
    async stop() {
      await Promise.all([shop.live.close(), people.live.close()]);
      await Promise.all([shopServer.stop(), peopleServer.stop(), billing.stop()]);
    },
  };
}
