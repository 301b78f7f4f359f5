import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** PostgreSQL bigint bounds: the column type every Money value is stored in. */
export const MONEY_MAX = 9_223_372_036_854_775_807n;
export const MONEY_MIN = -9_223_372_036_854_775_808n;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function fromDigits(text: string): bigint {
  if (!/^-?\d+$/.test(text)) {
    throw invalid(`Money must be a whole number of VND written as digits, e.g. "19000000000"; got "${text}"`);
  }
  return inRange(BigInt(text));
}

function inRange(value: bigint): bigint {
  if (value > MONEY_MAX || value < MONEY_MIN) {
    throw invalid(`Money is out of range: ${value} VND exceeds ±9223372036854775807`);
  }
  return value;
}

function fromNumber(value: number): bigint {
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    throw invalid(`Money must be a whole number of VND (no fractions); got ${value}`);
  }
  // A JSON number beyond 2^53 has already lost digits before it reached us.
  if (!Number.isSafeInteger(value)) {
    throw invalid(`Money beyond 9007199254740991 must be sent as a string of digits; got ${value}`);
  }
  return BigInt(value);
}

function parse(value: unknown): bigint {
  if (typeof value === 'bigint') return inRange(value);
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'string') return fromDigits(value.trim());
  throw invalid(`Money must be a string of digits or an integer; got ${typeof value}`);
}

function parseLiteral(ast: ValueNode): bigint {
  if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return fromDigits(ast.value);
  if (ast.kind === Kind.FLOAT) throw invalid(`Money must be a whole number of VND; got ${ast.value}`);
  throw invalid('Money must be a string of digits or an integer');
}

/**
 * Whole Vietnamese đồng, exact. Serialized as a string of digits ("19000000000") so that no
 * client loses digits to floating point; accepted as such a string, or as a JSON integer up to
 * 2^53 − 1. Stored as PostgreSQL bigint.
 */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    'Whole Vietnamese đồng (VND), exact. Output: a string of digits, e.g. "19000000000". ' +
    'Input: such a string, or an integer up to 9007199254740991. Fractions, formatted text ' +
    '("19.000.000.000") and values beyond the 64-bit range are rejected with BAD_USER_INPUT.',
  serialize: (value) => parse(value).toString(),
  parseValue: parse,
  parseLiteral,
});
