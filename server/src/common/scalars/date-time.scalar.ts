import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
// An instant with an explicit zone: "Z" or ±hh:mm. A bare local time would be ambiguous.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Render an instant in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export function toVietnamIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

function parse(value: unknown): Date {
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(
    `DateTime must be an ISO 8601 instant with a zone, e.g. "2025-07-01T08:00:00+07:00"; got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/** An instant, stored in UTC and shown in Vietnam's time zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant. Stored in UTC; shown in Asia/Ho_Chi_Minh, e.g. "2025-07-01T08:00:00+07:00". ' +
    'Input must carry a zone ("Z" or an offset).',
  serialize: (value) => toVietnamIso(value instanceof Date ? value : parse(value)),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
