import { Money } from '@msa/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrderStatus as OrderStatusName } from '../domain/order-status';
import { ProductVariantRef, UserRef } from './entity-stubs';
import { OrderStatus } from './order-status.enum';
import { TaxLine } from './tax.type';

@ObjectType('OrderAddress', { description: 'The address an order ships to, as given at checkout.' })
export class OrderAddress {
  @Field(() => String, { description: 'Recipient name.' })
  name!: string;

  @Field(() => String, { description: 'Street address.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor.' })
  line2!: string | null;

  @Field(() => String, { description: 'City or town.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  region!: string | null;

  @Field(() => String, { description: 'Postal or ZIP code.' })
  postalCode!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Phone number for the carrier.' })
  phone!: string | null;
}

@ObjectType('OrderLine', { description: 'One line of an order, priced when the order was placed.' })
export class OrderLine {
  @Field(() => ID, { description: 'Line id.' })
  id!: string;

  @Field(() => ProductVariantRef, { description: 'The variant bought.' })
  variant!: ProductVariantRef;

  @Field(() => Int, { description: 'Units bought.' })
  quantity!: number;

  @Field(() => Money, { description: 'Price of one unit at checkout.' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'unitPrice × quantity.' })
  lineTotal!: Money;
}

@ObjectType('OrderStatusChange', { description: 'An entry of an order’s status history.' })
export class OrderStatusChange {
  @Field(() => OrderStatus, { description: 'The status the order entered.' })
  status!: OrderStatusName;

  @Field(() => Date, { description: 'When it entered it.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Why, in words.' })
  note!: string | null;
}

@ObjectType('OrderDiscount', { description: 'A discount frozen onto an order at checkout.' })
export class OrderDiscount {
  @Field(() => String, {
    nullable: true,
    description: 'The coupon code that applied it; null for automatic promotions.',
  })
  code!: string | null;

  @Field(() => String, { description: 'What the discount is, in words, e.g. "10% off your first order".' })
  label!: string;

  @Field(() => Money, { description: 'How much it took off the order.' })
  amount!: Money;
}

@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'An order placed at checkout.' })
export class Order {
  @Field(() => ID, { description: 'Opaque order id.' })
  id!: string;

  @Field(() => String, { description: 'Human-friendly order number, e.g. MSA-100042.' })
  number!: string;

  @Field(() => OrderStatus, { description: 'Current status.' })
  status!: OrderStatusName;

  @Field(() => [OrderLine], { description: 'What was bought.' })
  lines!: OrderLine[];

  @Field(() => Money, { description: 'Sum of the line totals.' })
  subtotal!: Money;

  @Field(() => [OrderDiscount], { description: 'The discounts applied at checkout, as they were then.' })
  discounts!: OrderDiscount[];

  @Field(() => Money, { description: 'Sum of the discounts.' })
  discountTotal!: Money;

  @Field(() => Money, { description: 'Shipping charged: the chosen rate, or zero with free shipping.' })
  shippingTotal!: Money;

  @Field(() => Money, { description: 'Tax charged, frozen at checkout; zero for tax-exempt destinations.' })
  taxTotal!: Money;

  @Field(() => [TaxLine], {
    description: 'The taxes charged, one per rate, as they were at checkout; empty when tax-exempt.',
  })
  taxLines!: TaxLine[];

  @Field(() => Money, { description: 'What the customer pays: subtotal − discounts + shipping + tax.' })
  total!: Money;

  @Field(() => OrderAddress, { description: 'Where it ships.' })
  shippingAddress!: OrderAddress;

  @Field(() => [OrderStatusChange], { description: 'Every status the order has been in, oldest first.' })
  statusHistory!: OrderStatusChange[];

  @Field(() => UserRef, {
    nullable: true,
    description:
      'The customer who placed it; null for a guest order (see guestEmail) until a user verifies that email and claims it.',
  })
  customer!: UserRef | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The email a guest checked out with, where confirmation and shipping emails go; null for orders placed signed in. Shown only to whoever may see the order: staff, the guest holding its access token or who found it with guestOrder, and the user who claimed it.',
  })
  guestEmail!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the order was cancelled: OUT_OF_STOCK, UNKNOWN_VARIANT, RESERVATION_EXPIRED, a promotion code (e.g. USAGE_LIMIT_REACHED), a payment code (e.g. CARD_DECLINED, INSUFFICIENT_FUNDS), PAYMENT_CAPTURE_FAILED, SHIPMENT_CREATION_FAILED, CANCELLED_BY_CUSTOMER or CANCELLED_BY_ADMIN.',
  })
  cancellationReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The code of the last declined payment (CARD_DECLINED, INSUFFICIENT_FUNDS, …) while or after the order was PAYMENT_FAILED; null when no payment was declined.',
  })
  paymentFailureCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only on the order Query.guestOrder found: a fresh access token for it, used like CheckoutPayload.orderAccessToken (order, orderUpdated, retryPayment, cancelOrder). Null everywhere else.',
  })
  orderAccessToken?: string | null;

  @Field(() => Boolean, {
    description:
      'Whether this request opened the order with its guest access token (or found it with guestOrder). Hidden from the API: payments and shipping @require it to show a guest the payment and the shipment.',
  })
  @Directive('@inaccessible')
  openedWithAccessToken = false;

  @Field(() => Money, {
    description:
      'Money paid back on this order so far (returns, cancellation of a paid order, refunds by an administrator), as payments reported it.',
  })
  refundedTotal!: Money;

  @Field(() => Date, { description: 'When it was placed.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}
