import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A user account, owned by the users subgraph; reviews only refer to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A user account (owned by the users service).' })
export class UserRef {
  @Field(() => ID, { description: 'The user id.' })
  id!: string;
}
