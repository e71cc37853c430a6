import 'reflect-metadata';
import type { IncomingHttpHeaders } from 'node:http';
import type { Express } from 'express';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  buildFederatedSchema,
  createLogger,
  requireAdmin,
  startSubgraphServer,
  type RunningSubgraph,
  type SubgraphContext,
} from '@msa/subgraph-kit';
import type { AccessTokenVerifier } from '@msa/auth';

@Directive('@key(fields: "id")')
@ObjectType('Account', { description: 'A member of the test community.' })
class Account {
  @Field(() => ID, { description: 'Account id.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;
}

const ACCOUNTS = new Map(['a1', 'a2', 'a3'].map((id, i) => [id, { id, name: `Member ${i + 1}` }]));

@Resolver(() => Account)
class AccountResolver {
  @Query(() => Account, { nullable: true, description: 'One account.' })
  account(@Arg('id', () => ID) id: string): Account | null {
    return ACCOUNTS.get(id) ?? null;
  }

  @Query(() => String, {
    nullable: true,
    description: 'The user id the subgraph verified, null when anonymous.',
  })
  whoami(@Ctx() ctx: SubgraphContext): string | null {
    return ctx.identity?.userId ?? null;
  }

  @Query(() => String, { description: 'Only administrators may read this.' })
  adminSecret(@Ctx() ctx: SubgraphContext): string {
    return requireAdmin(ctx).userId;
  }

  @FieldResolver(() => [Account], { description: 'Everyone else, for nesting deep queries.' })
  friends(@Root() account: Account, @Arg('first', () => Int, { nullable: true }) first?: number): Account[] {
    return [...ACCOUNTS.values()].filter((other) => other.id !== account.id).slice(0, first ?? 10);
  }
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Account', { description: 'An account, owned by the accounts subgraph.' })
class AccountReference {
  @Field(() => ID, { description: 'Account id.' })
  id!: string;
}

@ObjectType('Post', { description: 'Something an account wrote.' })
class Post {
  @Field(() => ID, { description: 'Post id.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => AccountReference, { description: 'Who wrote it.' })
  author!: AccountReference;
}

@Resolver(() => Post)
class PostResolver {
  @Query(() => [Post], { description: 'Latest posts.' })
  posts(@Arg('first', () => Int, { nullable: true }) first?: number): Post[] {
    return Array.from({ length: first ?? 3 }, (_, i) => ({
      id: `p${i + 1}`,
      title: `Post ${i + 1}`,
      author: { id: `a${(i % 3) + 1}` },
    }));
  }
}

export interface TinySubgraphs {
  accounts: RunningSubgraph;
  posts: RunningSubgraph;
  endpoints: { name: string; url: string }[];
  /** Headers each subgraph received, by the x-request-id they carried. */
  seenHeaders: Map<string, IncomingHttpHeaders>;
  /** The x-request-id of every request posts received, in order. */
  postsRequests: string[];
  /** While set, posts waits for it before answering: a test holds answers so requests are in flight together. */
  postsHold: { current: Promise<void> | null };
  stop(): Promise<void>;
}

/** Two federated subgraphs on port 0: `accounts` owns Account, `posts` owns Post and references Account. */
export async function startTinySubgraphs(verifier: AccessTokenVerifier): Promise<TinySubgraphs> {
  const logger = createLogger('tiny-subgraph', 'silent');
  const seenHeaders = new Map<string, IncomingHttpHeaders>();
  const postsRequests: string[] = [];
  const postsHold: { current: Promise<void> | null } = { current: null };
  const recordHeaders = (app: Express) =>
    app.use('/graphql', (req, _res, next) => {
      const requestId = req.headers['x-request-id'];
      if (typeof requestId === 'string') seenHeaders.set(requestId, req.headers);
      next();
    });

  const accounts = await startSubgraphServer({
    name: 'accounts',
    schema: await buildFederatedSchema({
      resolvers: [AccountResolver],
      referenceResolvers: { Account: (reference: { id: string }) => ACCOUNTS.get(reference.id) ?? null },
    }),
    verifier,
    logger,
    port: 0,
    routes: recordHeaders,
  });
  const posts = await startSubgraphServer({
    name: 'posts',
    schema: await buildFederatedSchema({ resolvers: [PostResolver], orphanedTypes: [AccountReference] }),
    verifier,
    logger,
    port: 0,
    routes: (app) => {
      recordHeaders(app);
      app.use('/graphql', (req, _res, next) => {
        if (req.method !== 'POST') return next();
        postsRequests.push(String(req.headers['x-request-id']));
        void Promise.resolve(postsHold.current).then(() => next());
      });
    },
  });
  return {
    accounts,
    posts,
    endpoints: [
      { name: 'accounts', url: accounts.url },
      { name: 'posts', url: posts.url },
    ],
    seenHeaders,
    postsRequests,
    postsHold,
    async stop() {
      await Promise.all([accounts.stop(), posts.stop()]);
    },
  };
}
