import { isLocalDate } from '@sanxin/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** A calendar date with no time or zone ("2026-12-31"), as contracts state their terms. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date "YYYY-MM-DD" with no time zone',
  serialize: (value) => {
    if (typeof value !== 'string' || !isLocalDate(value)) throw new GraphQLError('LocalDate cannot represent this value');
    return value;
  },
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && isLocalDate(value)) return value;
  throw new GraphQLError('LocalDate must be a calendar date "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
}
