import { composeSupergraph } from '../../src/composition/compose-supergraph';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

/** Orders owns the order and its live updates; the customer's email and the payment come from elsewhere. */
export const ORDERS_SDL = `${LINK}
type Query { order(id: ID!): Order }
type Subscription { orderUpdated(orderId: ID!): Order }
type Order @key(fields: "id") { id: ID! number: String! status: String! customer: User! }
type User @key(fields: "id", resolvable: false) { id: ID! }`;

export const USERS_SDL = `${LINK}
type Query { me: User }
type User @key(fields: "id") { id: ID! email: String! name: String! }`;

export const PAYMENTS_SDL = `${LINK}
type Payment { id: ID! status: String! }
type Order @key(fields: "id") { id: ID! payment: Payment }`;

export const NOTIFICATIONS_SDL = `${LINK}
type Query { unreadCount: Int! }
type Subscription { notificationAdded: Notification }
type Notification { id: ID! title: String! }`;

const url = (name: string) => `http://${name}.internal:4000/graphql`;

/** A supergraph with two subgraphs declaring Subscription fields, so each field carries `@join__field`. */
export function shopSupergraphSdl(): string {
  return composeSupergraph([
    { name: 'orders', url: url('orders'), sdl: ORDERS_SDL },
    { name: 'users', url: url('users'), sdl: USERS_SDL },
    { name: 'payments', url: url('payments'), sdl: PAYMENTS_SDL },
    { name: 'notifications', url: url('notifications'), sdl: NOTIFICATIONS_SDL },
  ]).supergraphSdl;
}

/** A supergraph where only orders declares Subscription: the type has one `@join__type` and no `@join__field`. */
export function ordersOnlySupergraphSdl(): string {
  return composeSupergraph([
    { name: 'orders', url: url('orders'), sdl: ORDERS_SDL },
    { name: 'users', url: url('users'), sdl: USERS_SDL },
  ]).supergraphSdl;
}
