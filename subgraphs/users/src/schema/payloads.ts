import { UserError, userError } from '@msa/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { FieldProblem } from '../domain/user-error-codes';
import type { Outcome } from '../services/outcome';
import type { Session } from '../services/session.service';
import { Address } from './address.type';
import { asSessionOwner } from './session-owner';
import { User } from './user.type';

export function toUserErrors(problems: FieldProblem[]): UserError[] {
  return problems.map((p) => userError(p.code, p.message, p.field.length ? p.field : undefined));
}

@ObjectType({ description: 'Result of registering, signing in, refreshing or changing the password.' })
export class AuthPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Short-lived JWT; send as `Authorization: Bearer <token>`.',
  })
  accessToken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the access token stops working.' })
  accessTokenExpiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Single-use token for `refreshToken`; each use returns a new one.',
  })
  refreshToken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the refresh token expires if unused.' })
  refreshTokenExpiresAt!: Date | null;

  @Field(() => User, { nullable: true, description: 'The signed-in user.' })
  user!: object | null;

  @Field(() => [UserError], { description: 'Why it failed, if it did.' })
  userErrors!: UserError[];
}

export function authPayload(outcome: Outcome<Session>): AuthPayload {
  if (!outcome.ok) {
    return Object.assign(new AuthPayload(), {
      accessToken: null,
      accessTokenExpiresAt: null,
      refreshToken: null,
      refreshTokenExpiresAt: null,
      user: null,
      userErrors: toUserErrors(outcome.problems),
    });
  }
  return Object.assign(new AuthPayload(), {
    ...outcome.value,
    user: asSessionOwner(outcome.value.user),
    userErrors: [],
  });
}

@ObjectType({ description: 'Result of signing out.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'True when the session has ended.' })
  success!: boolean;

  @Field(() => [UserError], { description: 'Why it failed, if it did.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a change to a user.' })
export class UserPayload {
  @Field(() => User, { nullable: true, description: 'The user after the change.' })
  user!: object | null;

  @Field(() => [UserError], { description: 'Why it failed, if it did.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of adding or changing an address.' })
export class AddressPayload {
  @Field(() => Address, { nullable: true, description: 'The address after the change.' })
  address!: object | null;

  @Field(() => User, { nullable: true, description: 'The owner, to re-read the whole address book.' })
  user!: object | null;

  @Field(() => [UserError], { description: 'Why it failed, if it did.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of removing an address.' })
export class RemoveAddressPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the removed address.' })
  removedAddressId!: string | null;

  @Field(() => User, { nullable: true, description: 'The owner, to re-read the whole address book.' })
  user!: object | null;

  @Field(() => [UserError], { description: 'Why it failed, if it did.' })
  userErrors!: UserError[];
}
