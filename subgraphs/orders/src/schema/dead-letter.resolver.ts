import type { DeadLetter as DeadLetterEntry } from '@msa/events';
import {
  ConnectionType,
  encodeCursor,
  decodeCursor,
  pageSize,
  PageInfo,
  requireAdmin,
  userError,
  UserError,
} from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';

@ObjectType('DeadLetter', {
  description: 'A message that failed on every attempt and waits for an administrator.',
})
export class DeadLetter {
  @Field(() => ID, { description: 'Id to retry it with.' })
  id!: string;

  @Field(() => String, { description: 'Queue it failed on, e.g. commands.inventory.' })
  queue!: string;

  @Field(() => String, { description: 'Event or command name, e.g. inventory.reserve.' })
  jobName!: string;

  @Field(() => String, { description: 'Id of the failed job.' })
  jobId!: string;

  @Field(() => String, { description: 'The message as JSON.' })
  payload!: string;

  @Field(() => String, { description: 'The last error.' })
  failedReason!: string;

  @Field(() => Int, { description: 'Attempts made before giving up.' })
  attemptsMade!: number;

  @Field(() => Date, { description: 'When it gave up.' })
  failedAt!: Date;
}

export const DeadLetterConnection = ConnectionType(
  DeadLetter,
  'DeadLetter',
  'A page of dead letters, newest first.',
);

@ObjectType('RetryDeadLetterPayload', { description: 'Result of retrying a dead letter.' })
export class RetryDeadLetterPayload {
  @Field(() => String, { nullable: true, description: 'Queue the message was put back on.' })
  queue!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the new job.' })
  jobId!: string | null;

  @Field(() => [UserError], { description: 'DEAD_LETTER_NOT_FOUND when it was retried or removed already.' })
  userErrors!: UserError[];
}

function toDeadLetter(entry: DeadLetterEntry): DeadLetter {
  return Object.assign(new DeadLetter(), {
    id: entry.id,
    queue: entry.queue,
    jobName: entry.jobName,
    jobId: entry.jobId,
    payload: JSON.stringify(entry.data),
    failedReason: entry.failedReason,
    attemptsMade: entry.attemptsMade,
    failedAt: new Date(entry.failedAt),
  });
}

const isDeadLetterCursor = (value: unknown): value is string => typeof value === 'string';

@Resolver(() => DeadLetter)
export class DeadLetterResolver {
  @Query(() => DeadLetterConnection, {
    description: 'Messages that exhausted their retries on any queue (administrators only).',
  })
  async deadLetters(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100.' }) first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last dead letter of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: OrdersContext,
  ) {
    requireAdmin(ctx);
    const size = pageSize(first);
    const page = await ctx.services.deadLetters.list(
      size,
      after ? decodeCursor(after, isDeadLetterCursor) : null,
    );
    const edges = page.entries.map((entry) => ({
      cursor: encodeCursor(entry.id),
      node: toDeadLetter(entry),
    }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount: page.totalCount,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    };
  }

  @Mutation(() => RetryDeadLetterPayload, {
    description: 'Puts a dead letter back on its queue with fresh attempts (administrators only).',
  })
  async retryDeadLetter(
    @Arg('id', () => ID, { description: 'The dead letter id.' }) id: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<RetryDeadLetterPayload> {
    requireAdmin(ctx);
    const retried = await ctx.services.deadLetters.retry(id);
    return Object.assign(new RetryDeadLetterPayload(), {
      queue: retried?.queue ?? null,
      jobId: retried?.jobId ?? null,
      userErrors: retried
        ? []
        : [
            userError('DEAD_LETTER_NOT_FOUND', 'No such dead letter; it may have been retried already.', [
              'id',
            ]),
          ],
    });
  }
}
