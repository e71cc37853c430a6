import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: "An entry of a user's address book." })
export class Address {
  @Field(() => ID, { description: 'Opaque id of the address.' })
  id!: string;

  @Field(() => String, { description: 'Recipient name.' })
  name!: string;

  @Field(() => String, { description: 'Street and number.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor.' })
  line2!: string | null;

  @Field(() => String, { description: 'City or town.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region!: string | null;

  @Field(() => String, { description: 'Postal or ZIP code.' })
  postalCode!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Phone number for the carrier.' })
  phone!: string | null;

  @Field(() => Boolean, { description: 'True for the address used when none is chosen.' })
  isDefault!: boolean;
}
