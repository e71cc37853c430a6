import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('PromotionPercentOffInput', { description: 'A percentage off the whole order.' })
export class PromotionPercentOffInput {
  @Field(() => Float, { description: 'More than 0, at most 100, at most two decimals (12.5 is 12.5 %).' })
  percent!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The most it takes off, in minor units; omit for no cap.',
  })
  maxAmount?: number | null;
}

@InputType('PromotionAmountOffInput', { description: 'A fixed amount off the whole order.' })
export class PromotionAmountOffInput {
  @Field(() => Int, { description: 'Minor units of the promotion currency.' })
  amount!: number;
}

/** The lines an action covers and its cap; its fields are inherited by the line action inputs. */
@InputType('PromotionLineActionInput', { description: 'Fields every line action input has.' })
abstract class PromotionLineActionInput {
  @Field(() => [ID], { nullable: true, description: 'Products whose lines it covers.' })
  productIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Categories (and their subcategories) whose products it covers. Neither list: every line.',
  })
  categoryIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The most it takes off in all, in minor units; omit for no cap.',
  })
  maxAmount?: number | null;
}

@InputType('PromotionLinesPercentOffInput', { description: 'A percentage off the matching lines.' })
export class PromotionLinesPercentOffInput extends PromotionLineActionInput {
  @Field(() => Float, { description: 'More than 0, at most 100, at most two decimals.' })
  percent!: number;
}

@InputType('PromotionLinesAmountOffInput', { description: 'A fixed amount off each matching unit.' })
export class PromotionLinesAmountOffInput extends PromotionLineActionInput {
  @Field(() => Int, { description: 'Minor units off each unit (never below the unit price).' })
  amountPerUnit!: number;
}

@InputType('PromotionBuyXGetYInput', {
  description: 'Buy X matching units, get Y of the cheapest discounted.',
})
export class PromotionBuyXGetYInput extends PromotionLineActionInput {
  @Field(() => Int, { description: 'Units to buy (X), 1 to 1000.' })
  buyQuantity!: number;

  @Field(() => Int, { description: 'Units discounted for every X bought (Y), 1 to 1000.' })
  getQuantity!: number;

  @Field(() => Float, { nullable: true, description: 'Percentage off the Y units; omit for free (100).' })
  percent?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The most times it applies per order; omit for no limit.',
  })
  maxApplications?: number | null;
}

@InputType('PromotionConditionInput', { description: 'One condition; set exactly one field.' })
export class PromotionConditionInput {
  @Field(() => Int, { nullable: true, description: 'Minimum cart subtotal, in minor units.' })
  minSubtotal?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum number of units in the cart.' })
  minQuantity?: number | null;

  @Field(() => [ID], { nullable: true, description: 'One of these products must be in the cart.' })
  productIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'A product of one of these categories (or a subcategory) must be in the cart.',
  })
  categoryIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "True: only for a customer's first order." })
  firstOrder?: boolean | null;
}

@InputType('PromotionActionInput', { description: 'One action; set exactly one field.' })
export class PromotionActionInput {
  @Field(() => PromotionPercentOffInput, { nullable: true, description: 'A percentage off the order.' })
  orderPercentOff?: PromotionPercentOffInput | null;

  @Field(() => PromotionAmountOffInput, { nullable: true, description: 'A fixed amount off the order.' })
  orderAmountOff?: PromotionAmountOffInput | null;

  @Field(() => PromotionLinesPercentOffInput, {
    nullable: true,
    description: 'A percentage off matching lines.',
  })
  linesPercentOff?: PromotionLinesPercentOffInput | null;

  @Field(() => PromotionLinesAmountOffInput, {
    nullable: true,
    description: 'A fixed amount off each matching unit.',
  })
  linesAmountOff?: PromotionLinesAmountOffInput | null;

  @Field(() => Boolean, { nullable: true, description: 'True: free shipping.' })
  freeShipping?: boolean | null;

  @Field(() => PromotionBuyXGetYInput, { nullable: true, description: 'Buy X get Y.' })
  buyXGetY?: PromotionBuyXGetYInput | null;
}

@InputType('CreatePromotionInput', { description: 'A new promotion.' })
export class CreatePromotionInput {
  @Field(() => String, { description: 'Shown to customers as the discount label; 1 to 120 characters.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Coupon code (3–32 letters, digits, - or _; unique, any case); omit for an automatic promotion.',
  })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of its amounts; default USD.' })
  currency?: string | null;

  @Field(() => [PromotionConditionInput], {
    nullable: true,
    description: 'Conditions the cart must all meet; none means every cart.',
  })
  conditions?: PromotionConditionInput[] | null;

  @Field(() => [PromotionActionInput], { description: 'What it takes off; at least one.' })
  actions!: PromotionActionInput[];

  @Field(() => Date, { nullable: true, description: 'Start of a flash sale; omit to start at once.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End (exclusive); omit for never.' })
  endsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Most redemptions in all; omit for no limit.' })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most redemptions per customer; omit for no limit.' })
  perCustomerLimit?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Combines with other stackable promotions; default false (applies alone).',
  })
  stackable?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Higher applies first and wins ties; -1000 to 1000, default 0.',
  })
  priority?: number | null;
}

@InputType('UpdatePromotionInput', {
  description: 'Changes to a promotion: omitted fields stay; null clears an optional one.',
})
export class UpdatePromotionInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New code; null makes it automatic.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New currency.' })
  currency?: string | null;

  @Field(() => [PromotionConditionInput], { nullable: true, description: 'Replaces all conditions.' })
  conditions?: PromotionConditionInput[] | null;

  @Field(() => [PromotionActionInput], { nullable: true, description: 'Replaces all actions.' })
  actions?: PromotionActionInput[] | null;

  @Field(() => Date, { nullable: true, description: 'New start; null to start at once.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'New end; null for never.' })
  endsAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New usage limit (not below the uses redeemed); null for none.',
  })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'New per-customer limit; null for none.' })
  perCustomerLimit?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Combines with other stackable promotions.' })
  stackable?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'New priority.' })
  priority?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Switch it on or off.' })
  active?: boolean | null;
}

@InputType('PromotionFilter', { description: 'Narrows the promotion list.' })
export class PromotionFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only switched on (true) or off (false).' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or code, any case.' })
  search?: string | null;
}
