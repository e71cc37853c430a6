import 'reflect-metadata';
import { graphql, type GraphQLObjectType } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFederatedSchema } from './federated-schema';

interface ShelfRecord {
  id: string;
  label: string;
  books: number;
}

@ObjectType('SpecShelf', { description: 'A shelf.' })
class Shelf {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'Label.' })
  label!: string;

  @UseMiddleware(async (_data, next) => `[${String(await next())}]`)
  @Field(() => String, { description: 'Label through a middleware.', name: 'shouted' })
  loud!: string;
}

@Resolver(() => Shelf)
class ShelfResolver {
  private readonly unit = 'books';

  @Query(() => [Shelf], { description: 'Shelves.' })
  specShelves(): ShelfRecord[] {
    return [
      { id: '1', label: 'a', books: 2 },
      { id: '2', label: 'b', books: 0 },
    ];
  }

  @FieldResolver(() => String, { description: 'Count with its unit, from the context.' })
  count(@Root() shelf: ShelfRecord, @Ctx() ctx: { suffix: string }): string {
    return `${shelf.books} ${this.unit}${ctx.suffix}`;
  }

  @FieldResolver(() => Int, { description: 'Books times a factor.' })
  scaled(
    @Root() shelf: ShelfRecord,
    @Arg('factor', () => Int, { description: 'Factor.' }) factor: number,
  ): number {
    return shelf.books * factor;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the root is a plain record.' })
  plain(@Root() shelf: ShelfRecord): boolean {
    return !(shelf instanceof Shelf);
  }
}

describe('buildFederatedSchema', () => {
  it('answers plain fields, direct field resolvers, arguments and middleware as TypeGraphQL does', async () => {
    const schema = await buildFederatedSchema({ resolvers: [ShelfResolver] });
    const result = await graphql({
      schema,
      source: '{ specShelves { id label shouted count scaled(factor: 3) plain } }',
      contextValue: { suffix: '!' },
      rootValue: undefined,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      specShelves: [
        { id: '1', label: 'a', shouted: '[undefined]', count: '2 books!', scaled: 6, plain: true },
        { id: '2', label: 'b', shouted: '[undefined]', count: '0 books!', scaled: 0, plain: true },
      ],
    });
    const fields = (schema.getType('SpecShelf') as GraphQLObjectType).getFields();
    // Plain properties are read by graphql-js's default resolver; middleware and arguments keep TypeGraphQL's.
    expect(fields.id!.resolve).toBeUndefined();
    expect(fields.label!.resolve).toBeUndefined();
    expect(fields.shouted!.resolve).toBeDefined();
    expect(fields.scaled!.resolve).toBeDefined();
  });
});
