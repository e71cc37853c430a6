import { ConnectionType, Money } from '@msa/subgraph-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PROMOTION_STATUSES } from '../domain/promotion-status';
import { ACTION_KIND_LIST, CONDITION_KIND_LIST } from '../kinds/registry';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

/** The kinds' descriptions are declared with each kind (src/kinds/). */
const described = (kinds: readonly { kind: string; description: string }[]) =>
  Object.fromEntries(kinds.map(({ kind, description }) => [kind, { description }]));

export const PromotionConditionKind = enumOf(CONDITION_KIND_LIST.map((kind) => kind.kind));
registerEnumType(PromotionConditionKind, {
  name: 'PromotionConditionKind',
  description: 'What a promotion condition checks.',
  valuesConfig: described(CONDITION_KIND_LIST),
});

export const PromotionActionKind = enumOf(ACTION_KIND_LIST.map((kind) => kind.kind));
registerEnumType(PromotionActionKind, {
  name: 'PromotionActionKind',
  description: 'What a promotion action takes off.',
  valuesConfig: described(ACTION_KIND_LIST),
});

export const PromotionStatus = enumOf(PROMOTION_STATUSES);
registerEnumType(PromotionStatus, {
  name: 'PromotionStatus',
  description: 'Where a promotion stands right now.',
  valuesConfig: {
    ACTIVE: { description: 'Switched on, inside its dates, uses left.' },
    SCHEDULED: { description: 'Switched on; starts later.' },
    EXPIRED: { description: 'Its end date has passed.' },
    EXHAUSTED: { description: 'Every allowed use has been redeemed.' },
    INACTIVE: { description: 'Switched off by an administrator.' },
  },
});

@ObjectType('PromotionCondition', {
  description: 'One condition a cart must meet; the fields that apply to its kind are set.',
})
export class PromotionCondition {
  @Field(() => PromotionConditionKind, { description: 'What it checks.' })
  kind!: string;

  @Field(() => Money, { nullable: true, description: 'MIN_SUBTOTAL: the minimum subtotal.' })
  minSubtotal!: Money | null;

  @Field(() => Int, { nullable: true, description: 'MIN_QUANTITY: the minimum number of units.' })
  minQuantity!: number | null;

  @Field(() => [ID], {
    description: 'PRODUCTS: the products, one of which must be in the cart; empty otherwise.',
  })
  productIds!: string[];

  @Field(() => [ID], {
    description: 'CATEGORIES: the categories, one of which a cart product must belong to; empty otherwise.',
  })
  categoryIds!: string[];
}

@ObjectType('PromotionAction', {
  description: 'One thing a promotion takes off; the fields that apply to its kind are set.',
})
export class PromotionAction {
  @Field(() => PromotionActionKind, { description: 'What it takes off.' })
  kind!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Percentage off (0–100, two decimals) for the percent kinds and BUY_X_GET_Y.',
  })
  percent!: number | null;

  @Field(() => Money, {
    nullable: true,
    description: 'ORDER_AMOUNT_OFF: the amount; LINES_AMOUNT_OFF: the amount off each unit.',
  })
  amount!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'The most this action takes off in all; null for no cap.',
  })
  maxAmount!: Money | null;

  @Field(() => [ID], {
    description: 'Line actions: products whose lines it applies to; with categoryIds empty too, every line.',
  })
  productIds!: string[];

  @Field(() => [ID], { description: 'Line actions: categories whose products it applies to.' })
  categoryIds!: string[];

  @Field(() => Int, { nullable: true, description: 'BUY_X_GET_Y: units to buy (X).' })
  buyQuantity!: number | null;

  @Field(() => Int, { nullable: true, description: 'BUY_X_GET_Y: units discounted per X bought (Y).' })
  getQuantity!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'BUY_X_GET_Y: the most times it applies per order; null for no limit.',
  })
  maxApplications!: number | null;
}

@ObjectType('Promotion', { description: 'A promotion: automatic, or unlocked by a coupon code.' })
export class Promotion {
  @Field(() => ID, { description: 'Promotion id.' })
  id!: string;

  @Field(() => String, { description: 'Name shown to customers as the discount label.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Coupon code (upper-cased, case-insensitive); null for an automatic promotion.',
  })
  code!: string | null;

  @Field(() => String, { description: 'Currency of its amounts; carts in another currency never qualify.' })
  currency!: string;

  @Field(() => [PromotionCondition], { description: 'Conditions the cart must all meet.' })
  conditions!: PromotionCondition[];

  @Field(() => [PromotionAction], { description: 'What it takes off.' })
  actions!: PromotionAction[];

  @Field(() => Date, { nullable: true, description: 'When it starts; null for straight away.' })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ends (exclusive); null for never.' })
  endsAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Most redemptions in all; null for no limit.' })
  usageLimit!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most redemptions per customer; null for no limit.' })
  perCustomerLimit!: number | null;

  @Field(() => Int, { description: 'Redemptions held now (compensated checkouts give theirs back).' })
  usageCount!: number;

  @Field(() => Boolean, {
    description: 'True when it combines with other stackable promotions; false when it applies alone.',
  })
  stackable!: boolean;

  @Field(() => Int, { description: 'Higher applies first among stacked promotions and wins ties.' })
  priority!: number;

  @Field(() => Boolean, { description: 'False once deactivated.' })
  active!: boolean;

  @Field(() => PromotionStatus, { description: 'Where it stands right now.' })
  status!: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export const PromotionConnection = ConnectionType(
  Promotion,
  'Promotion',
  'A page of promotions, newest first.',
);

@ObjectType('PromotionStats', { description: 'How a promotion performed.' })
export class PromotionStats {
  @Field(() => Promotion, { description: 'The promotion.' })
  promotion!: Promotion;

  @Field(() => Int, { description: 'Orders that redeemed it (compensated checkouts excluded).' })
  redemptions!: number;

  @Field(() => Int, { description: 'Distinct customers among those orders.' })
  customers!: number;

  @Field(() => Money, { description: 'What it took off those orders in all.' })
  discountTotal!: Money;

  @Field(() => Money, {
    description: 'What those orders charged in all (their totals after discounts, shipping included).',
  })
  revenue!: Money;
}
