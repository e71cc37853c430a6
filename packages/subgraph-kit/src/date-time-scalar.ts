import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/** The first and last instants of the ISO 8601 four-digit years (0001 to 9999), in milliseconds since 1970. */
export const EARLIEST_DATE_TIME = new Date('0001-01-01T00:00:00.000Z').getTime();
export const LATEST_DATE_TIME = new Date('9999-12-31T23:59:59.999Z').getTime();

function withinRange(value: unknown): Date {
  const date = value as Date;
  const time = date.getTime();
  if (time < EARLIEST_DATE_TIME || time > LATEST_DATE_TIME)
    throw new GraphQLError(
      `DateTime must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z; got ${date.toISOString()}.`,
    );
  return date;
}

/**
 * RFC 3339 date-times as graphql-scalars reads them, but only within the years 0001 to 9999: year 0000 is a
 * valid RFC 3339 year that Postgres and the ORM cannot store, so it is refused as bad input (BAD_USER_INPUT
 * for a variable, a validation error for a literal) instead of failing in the database.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value: unknown) => withinRange(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
    withinRange(DateTimeResolver.parseLiteral(ast, variables)),
});
