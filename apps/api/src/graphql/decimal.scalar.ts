import { isDecimalString } from '@sanxin/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Exact decimal numbers as strings ("12800.00"): JSON numbers are doubles and would round money.
 * A JSON number is accepted on input when it is written plainly (no exponent); anything else that is
 * not a number is BAD_USER_INPUT. Scale and range are the domain rules' to check, per field.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "12800.00" (money: CNY with 2 decimals)',
  serialize: (value) => {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !isDecimalString(text)) throw new GraphQLError('Decimal cannot represent this value');
    return text;
  },
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw invalidDecimal();
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text === 'string' && isDecimalString(text.trim())) return text.trim();
  throw invalidDecimal();
}

function invalidDecimal(): GraphQLError {
  return new GraphQLError('Decimal must be a number written as a string, e.g. "12800.00"', { extensions: { code: 'BAD_USER_INPUT' } });
}
