import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new account.' })
export class RegisterInput {
  @Field(() => String, { description: 'Email address; stored trimmed and in lower case.' })
  email!: string;

  @Field(() => String, { description: '10 to 128 characters, not common and not built on the email name.' })
  password!: string;

  @Field(() => String, { description: 'Display name, 1 to 100 characters.' })
  name!: string;
}

@InputType({ description: 'Profile changes; omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New email address; requires `currentPassword`.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Current password, required to change the email.' })
  currentPassword?: string | null;
}

@InputType({ description: 'A new address-book entry.' })
export class AddAddressInput {
  @Field(() => String, { description: 'Recipient name.' })
  name!: string;

  @Field(() => String, { description: 'Street and number.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor.' })
  line2?: string | null;

  @Field(() => String, { description: 'City or town.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region?: string | null;

  @Field(() => String, { description: 'Postal or ZIP code.' })
  postalCode!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Phone number for the carrier.' })
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Make this the default address. The first address always is.',
  })
  isDefault?: boolean | null;
}

@InputType({ description: 'Changes to an address; omitted fields stay, null clears an optional field.' })
export class UpdateAddressInput {
  @Field(() => String, { nullable: true, description: 'Recipient name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Street and number.' })
  line1?: string | null;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor.' })
  line2?: string | null;

  @Field(() => String, { nullable: true, description: 'City or town.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal or ZIP code.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number for the carrier.' })
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true makes this the default; to move the default, mark another address.',
  })
  isDefault?: boolean | null;
}
