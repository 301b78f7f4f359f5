import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { badInput } from '../common/errors.js';
import { DateScalar } from '../common/scalars/date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

/**
 * Reads a download's query string with the GraphQL scalars' own rules, so that `?amount=` and
 * `?from=` accept and refuse exactly what the equivalent GraphQL arguments do.
 */
export class QueryParams {
  constructor(private readonly req: Request) {}

  string(name: string, maxLength = 200): string | null {
    const value = this.req.query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string') {
      throw badInput(name, { vi: `${name} chỉ được có một giá trị`, en: `${name} takes a single value` });
    }
    if (value.length > maxLength || value.includes('\0')) {
      throw badInput(name, {
        vi: `${name} dài tối đa ${maxLength} ký tự`,
        en: `${name} is at most ${maxLength} characters`,
      });
    }
    return value;
  }

  money(name: string): bigint | null {
    return this.scalar(name, (text) => MoneyScalar.parseValue(text) as bigint);
  }

  date(name: string): string | null {
    return this.scalar(name, (text) => DateScalar.parseValue(text) as string);
  }

  /** A whole number, as GraphQL's Int: digits only, within 32 bits. */
  int(name: string): number | null {
    return this.scalar(name, (text) => {
      const value = Number(text);
      if (!/^-?\d{1,10}$/.test(text) || !Number.isSafeInteger(value) || Math.abs(value) > 2_147_483_647) {
        throw new GraphQLError(`not a whole number: ${text}`);
      }
      return value;
    });
  }

  private scalar<T>(name: string, parse: (text: string) => T): T | null {
    const text = this.string(name, 40);
    if (text === null) return null;
    try {
      return parse(text);
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : String(error);
      throw badInput(name, { vi: `${name}: giá trị không hợp lệ (${text})`, en: `${name}: ${message}` });
    }
  }
}
