import { UserError } from '@msa/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('RecordSearchClickPayload', { description: 'Result of recording a click on a search result.' })
export class RecordSearchClickPayload {
  @Field(() => Boolean, {
    description: 'True when the click was recorded (again recording it changes nothing).',
  })
  recorded!: boolean;

  @Field(() => [UserError], {
    description: 'Why it was not recorded (SEARCH_NOT_FOUND, INVALID_PRODUCT_ID); empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType('RecordProductViewPayload', {
  description: 'Result of recording that a product page was viewed.',
})
export class RecordProductViewPayload {
  @Field(() => Boolean, { description: 'True when the view was recorded.' })
  recorded!: boolean;

  @Field(() => [UserError], { description: 'Why it was not recorded (PRODUCT_NOT_FOUND); empty on success.' })
  userErrors!: UserError[];
}

export function payload<T extends RecordSearchClickPayload | RecordProductViewPayload>(
  type: new () => T,
  userErrors: UserError[],
): T {
  return Object.assign(new type(), { recorded: userErrors.length === 0, userErrors });
}
