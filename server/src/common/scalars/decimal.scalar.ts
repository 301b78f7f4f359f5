import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d{1,4}(\.\d{1,2})?$/;

function parse(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text === 'string' && DECIMAL.test(text.trim())) return text.trim();
  throw new GraphQLError(
    `Decimal must be a number with at most two decimals, e.g. "3.5"; got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/**
 * An exact small decimal with up to two places (percentage points, rates), serialized as a
 * string such as "3.50" so that no client rounds it.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal with at most two places, as a string, e.g. "3.50" (percentage points). ' +
    'Input: such a string or a JSON number.',
  serialize: (value) => parse(value),
  parseValue: parse,
  parseLiteral: (ast) =>
    parse(ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined),
});
