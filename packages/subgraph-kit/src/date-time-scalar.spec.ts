import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from './date-time-scalar';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { at: { type: DateTimeScalar } },
        resolve: (_root, { at }: { at: Date }) => at.toISOString(),
      },
    },
  }),
});

const asVariable = (at: unknown) =>
  graphql({ schema, source: 'query($at: DateTime) { echo(at: $at) }', variableValues: { at } });
const asLiteral = (at: string) => graphql({ schema, source: `{ echo(at: ${JSON.stringify(at)}) }` });

describe('DateTime scalar', () => {
  it('reads RFC 3339 date-times from year 0001 to 9999', async () => {
    expect((await asVariable('0001-01-01T00:00:00Z')).data?.echo).toBe('0001-01-01T00:00:00.000Z');
    expect((await asVariable('9999-12-31T23:59:59Z')).data?.echo).toBe('9999-12-31T23:59:59.000Z');
    expect((await asLiteral('2026-02-28T10:00:00+01:00')).data?.echo).toBe('2026-02-28T09:00:00.000Z');
  });

  it('refuses year 0000, which the database cannot store, naming the range', async () => {
    const variable = await asVariable('0000-01-01T00:00:00Z');
    expect(variable.errors?.[0]?.message).toMatch(/Variable "\$at" got invalid value.*between 0001-01-01/);
    const literal = await asLiteral('0000-06-01T00:00:00Z');
    expect(literal.errors?.[0]?.message).toMatch(/between 0001-01-01/);
    // An offset that moves the instant across the boundary is refused too.
    expect((await asVariable('0001-01-01T00:30:00+01:00')).errors?.[0]?.message).toMatch(/between/);
  });

  it('still refuses what is not a date-time', async () => {
    expect((await asVariable('2026-02-30T10:00:00Z')).errors).toHaveLength(1);
    expect((await asVariable('not a date')).errors).toHaveLength(1);
  });
});
