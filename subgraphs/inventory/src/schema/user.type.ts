import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by users; referenced as the actor of a stock movement. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A customer or staff account.' })
export class User {
  @Field(() => ID, { description: 'Opaque id of the user.' })
  id!: string;
}
