import { Field, InputType, Int } from 'type-graphql';
import {
  ACTION_KIND_LIST,
  CONDITION_KIND_LIST,
  type ActionInput,
  type ConditionInput,
} from '../kinds/registry';

/** One-of inputs: one nullable member per kind, declared with the kind (src/kinds/), in registry order. */
@InputType('PromotionConditionInput', { description: 'One condition; set exactly one field.' })
export class PromotionConditionInput {}

@InputType('PromotionActionInput', { description: 'One action; set exactly one field.' })
export class PromotionActionInput {}

for (const { input } of CONDITION_KIND_LIST)
  Field(input.type, { nullable: true, description: input.description })(
    PromotionConditionInput.prototype,
    input.member,
  );
for (const { input } of ACTION_KIND_LIST)
  Field(input.type, { nullable: true, description: input.description })(
    PromotionActionInput.prototype,
    input.member,
  );

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
  conditions?: ConditionInput[] | null;

  @Field(() => [PromotionActionInput], { description: 'What it takes off; at least one.' })
  actions!: ActionInput[];

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
  conditions?: ConditionInput[] | null;

  @Field(() => [PromotionActionInput], { nullable: true, description: 'Replaces all actions.' })
  actions?: ActionInput[] | null;

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
