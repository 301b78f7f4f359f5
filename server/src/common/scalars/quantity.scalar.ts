import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const QUANTITY = /^-?\d{1,15}(\.\d{1,3})?$/;

/** "750.000" → "750", "2.500" → "2.5": the same quantity always reads the same. */
export function normalizeQuantity(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function parse(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text === 'string' && QUANTITY.test(text.trim())) return normalizeQuantity(text.trim());
  throw new GraphQLError(
    `Quantity must be a number with at most three decimals, e.g. "1000" or "2.5"; got ${JSON.stringify(value)}`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/** A count of goods in their own unit (cows, kg of rice, cards), exact to three decimals, as a string. */
export const QuantityScalar = new GraphQLScalarType<string, string>({
  name: 'Quantity',
  description: 'A quantity of goods in their own unit, exact to three decimals, as a string: "1000", "2.5".',
  serialize: (value) => parse(String(value)),
  parseValue: parse,
  parseLiteral: (ast) =>
    parse(ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined),
});

/** A quantity as an exact integer count of thousandths, for sums without floating point. */
export function toThousandths(text: string | null | undefined): bigint {
  if (!text) return 0n;
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole) * 1000n + BigInt((fraction + '000').slice(0, 3));
  return text.startsWith('-') ? -value : value;
}

export function fromThousandths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return normalizeQuantity(`${sign}${abs / 1000n}.${String(abs % 1000n).padStart(3, '0')}`);
}

/** The opposite quantity, exactly: "750" → "-750". */
export function negateQuantity(text: string): string {
  return fromThousandths(-toThousandths(text));
}
