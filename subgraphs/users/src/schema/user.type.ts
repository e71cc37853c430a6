import { ConnectionType } from '@msa/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UserRole } from './user-role';

/** `email`, `addresses` and `defaultAddress` are field resolvers in user.resolver.ts: they check who is asking. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer or staff account.' })
export class User {
  @Field(() => ID, { description: 'Opaque id of the user.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => UserRole, { description: 'What the user may do.' })
  role!: keyof typeof UserRole;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;
}

export const UserConnection = ConnectionType(User, 'User', 'A page of users.');
