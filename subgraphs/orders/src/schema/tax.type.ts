import { ConnectionType, Money, money, UserError } from '@msa/subgraph-kit';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import type { TaxRateRecord } from '../data/tax-rate.repo';
import { rateAsFraction, type TaxLine as TaxLineValue } from '../domain/tax';

@ObjectType('TaxLine', { description: 'One tax of an order or checkout summary, as the receipt shows it.' })
export class TaxLine {
  @Field(() => String, { description: 'What it is called, e.g. "Tax US-CA" or "Tax DE".' })
  name!: string;

  @Field(() => Float, { description: 'The rate as a fraction: 0.0725 is 7.25 %.' })
  rate!: number;

  @Field(() => Money, { description: 'The tax charged at this rate.' })
  amount!: Money;
}

export function toTaxLines(lines: readonly TaxLineValue[], currency: string): TaxLine[] {
  return lines.map((line) =>
    Object.assign(new TaxLine(), {
      name: line.name,
      rate: rateAsFraction(line.ratePpm),
      amount: money(line.amount, currency),
    }),
  );
}

@ObjectType('TaxRate', {
  description:
    'The sales tax / VAT rate of a country, or of one region of it. A region’s own rate beats its country’s; destinations without a rate are tax-exempt.',
})
export class TaxRate {
  @Field(() => ID, { description: 'Opaque id.' })
  id!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  country!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The subdivision part of an ISO 3166-2 code (CA for California), matched against the shipping address’s region; null for the whole country.',
  })
  region!: string | null;

  @Field(() => Float, { description: 'The rate as a fraction: 0.0725 is 7.25 % (stored to six decimals).' })
  rate!: number;

  @Field(() => Boolean, { description: 'Whether shipping is taxed at this rate too.' })
  taxShipping!: boolean;

  @Field(() => Date, { description: 'When it was first set.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export function toTaxRate(record: TaxRateRecord): TaxRate {
  return Object.assign(new TaxRate(), {
    id: record.id,
    country: record.country,
    region: record.region,
    rate: rateAsFraction(record.ratePpm),
    taxShipping: record.taxShipping,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
}

export const TaxRateConnection = ConnectionType(TaxRate, 'TaxRate', 'A page of tax rates, newest first.');

@InputType('SetTaxRateInput', { description: 'A rate to create, or to change for its country and region.' })
export class SetTaxRateInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. DE.' })
  country!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The subdivision part of an ISO 3166-2 code (e.g. CA); null or empty for the whole country.',
  })
  region?: string | null;

  @Field(() => Float, { description: 'A fraction from 0 to 1 with at most six decimals: 0.19 is 19 %.' })
  rate!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether shipping is taxed at this rate too; false when omitted.',
  })
  taxShipping?: boolean | null;
}

@ObjectType('TaxRatePayload', { description: 'Result of setTaxRate or removeTaxRate.' })
export class TaxRatePayload {
  @Field(() => TaxRate, { nullable: true, description: 'The rate as set, or as it was before removal.' })
  taxRate!: TaxRate | null;

  @Field(() => [UserError], {
    description: 'Why nothing changed: INVALID_COUNTRY, INVALID_REGION, INVALID_RATE, NOT_FOUND.',
  })
  userErrors!: UserError[];
}

@InputType('CheckoutSummaryDestinationInput', { description: 'Where the order would ship.' })
export class CheckoutSummaryDestinationInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  country!: string;

  @Field(() => String, { description: 'Postal or ZIP code (the shipping rate must be quoted for it).' })
  postalCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'State, province or region code (e.g. CA); picks a regional tax rate when there is one.',
  })
  region?: string | null;
}

@InputType('CheckoutSummaryInput', { description: 'What to preview checkout for.' })
export class CheckoutSummaryInput {
  @Field(() => ID, { description: 'The cart to buy (your own, or a guest cart’s id).' })
  cartId!: string;

  @Field(() => CheckoutSummaryDestinationInput, { description: 'Where it would ship.' })
  destination!: CheckoutSummaryDestinationInput;

  @Field(() => ID, { description: 'A rate from Query.shippingRates for this cart and destination.' })
  shippingRateId!: string;
}

@ObjectType('CheckoutSummary', {
  description:
    'What checkout would charge now, computed exactly as checkout will; the order freezes these amounts. A cart checkout would refuse is BAD_USER_INPUT with extensions.reason EMPTY_CART, INVALID_CART or SHIPPING_RATE_INVALID; an unknown cart, or one that is not yours, is NOT_FOUND.',
})
export class CheckoutSummary {
  @Field(() => Money, { description: 'Sum of the line totals.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'Sum of the discounts.' })
  discountTotal!: Money;

  @Field(() => Money, { description: 'Shipping: the chosen rate, or zero with free shipping.' })
  shippingTotal!: Money;

  @Field(() => Money, { description: 'Sum of the tax lines; zero for a tax-exempt destination.' })
  taxTotal!: Money;

  @Field(() => [TaxLine], { description: 'The taxes, one per rate; empty for a tax-exempt destination.' })
  taxLines!: TaxLine[];

  @Field(() => Money, { description: 'What would be charged: subtotal − discounts + shipping + tax.' })
  total!: Money;
}
