import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by users; referenced as the actor of a stock movement. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A user account.' })
export class User {
  @Field(() => ID, { description: 'User id.' })
  id!: string;
}
