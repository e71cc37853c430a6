import { Directive, Field, ObjectType } from 'type-graphql';

/** An expected business failure reported in a mutation payload, e.g. EMAIL_TAKEN or OUT_OF_STOCK. */
@Directive('@shareable')
@ObjectType({ description: 'An expected business failure of a mutation, with a stable code.' })
export class UserError {
  @Field(() => String, { description: 'Stable machine-readable code, e.g. OUT_OF_STOCK.' })
  code!: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, if any.' })
  field?: string[] | null;

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;
}

export function userError(code: string, message: string, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}
