import { Money, money } from '@msa/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ShippingQuoteRecord } from '../data/shipping-quote.repo';
import type { ShippingService } from '../domain/rate-table';
import type { ShippingZone } from '../domain/shipping-zone';
import { ShippingServiceEnum, ShippingZoneEnum } from './enums';

@ObjectType('ShippingDestination', { description: 'Where a shipping rate was priced to.' })
export class ShippingDestination {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => String, { description: 'Postal or ZIP code.' })
  postalCode!: string;

  @Field(() => String, { nullable: true, description: 'State, province or region, when given.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'City or town, when given.' })
  city!: string | null;
}

@ObjectType('ShippingRate', {
  description:
    'A priced carrier service for a cart and destination; pass its id to checkout before it expires.',
})
export class ShippingRate {
  @Field(() => ID, { description: 'Quote id: checkout refers to the chosen rate by it.' })
  id!: string;

  @Field(() => String, { description: 'Carrier that delivers, e.g. Parcelnet.' })
  carrier!: string;

  @Field(() => ShippingServiceEnum, { description: 'Service level.' })
  service!: ShippingService;

  @Field(() => Money, { description: 'Price of shipping the whole cart with this service.' })
  amount!: Money;

  @Field(() => Int, { description: 'Business days until delivery at the latest.' })
  estimatedDays!: number;

  @Field(() => Int, { description: 'Business days until delivery at the earliest.' })
  estimatedDaysMin!: number;

  @Field(() => ShippingZoneEnum, { description: 'Zone of the destination, which the price depends on.' })
  zone!: ShippingZone;

  @Field(() => Int, {
    description: 'Weight the price is based on, in grams: the larger of the scale and the volumetric weight.',
  })
  billableWeightGrams!: number;

  @Field(() => String, {
    description:
      'Digest of the cart contents (variants and quantities) this rate was priced for; checkout refuses the rate once the cart changes.',
  })
  cartFingerprint!: string;

  @Field(() => ShippingDestination, { description: 'Where this rate was priced to.' })
  destination!: ShippingDestination;

  @Field(() => Date, { description: 'After this the rate can no longer be used at checkout.' })
  expiresAt!: Date;
}

export function toShippingRate(quote: ShippingQuoteRecord): ShippingRate {
  return Object.assign(new ShippingRate(), {
    id: quote.id,
    carrier: quote.carrier,
    service: quote.service,
    amount: money(quote.amount, quote.currency),
    estimatedDays: quote.maxDays,
    estimatedDaysMin: quote.minDays,
    zone: quote.zone,
    billableWeightGrams: quote.billableWeightGrams,
    cartFingerprint: quote.cartFingerprint,
    destination: {
      country: quote.country,
      postalCode: quote.postalCode,
      region: quote.region,
      city: quote.city,
    },
    expiresAt: quote.expiresAt,
  });
}

@InputType('ShippingDestinationInput', { description: 'Where the parcel would go.' })
export class ShippingDestinationInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  country!: string;

  @Field(() => String, { description: 'Postal or ZIP code.' })
  postalCode!: string;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'City or town.' })
  city?: string | null;
}

@InputType('ShippingRatesInput', { description: 'What to price shipping for.' })
export class ShippingRatesInput {
  @Field(() => ID, { description: 'The cart to ship (a guest cart id, or your own cart id).' })
  cartId!: string;

  @Field(() => ShippingDestinationInput, { description: 'Where it would go.' })
  destination!: ShippingDestinationInput;
}
