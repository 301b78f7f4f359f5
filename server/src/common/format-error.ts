import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { OptimisticLockError } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { fieldProblems } from './validation-messages.js';

const USER_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Shapes every error before it leaves the server. Errors the caller can fix keep their message
 * and a stable code; anything else becomes INTERNAL_SERVER_ERROR, and in production says no
 * more than that (no stack, no SQL).
 */
export function makeFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);

    // Two writers raced on one record and this one lost: the caller can reload and retry.
    if (original instanceof OptimisticLockError) {
      const i18n = {
        vi: 'Bản ghi vừa được người khác sửa; hãy tải lại rồi thử lại',
        en: 'Someone else changed this record just now; reload and try again',
      };
      return {
        message: i18n.en,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'CONFLICT', i18n },
      };
    }

    if (original instanceof ArgumentValidationError) {
      const problems = fieldProblems(original.extensions.validationErrors as ValidationError[]);
      return {
        message: problems.map((p) => p.message.en).join('; ') || 'Invalid input',
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: problems,
          i18n: {
            vi: problems.map((p) => p.message.vi).join('; ') || 'Dữ liệu không hợp lệ',
            en: problems.map((p) => p.message.en).join('; ') || 'Invalid input',
          },
        },
      };
    }

    // A scalar's own complaint ("Money must be a whole number…") keeps its BAD_USER_INPUT code
    // even when graphql-js wraps it into a validation error.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    const innerCode = inner instanceof GraphQLError ? inner.extensions?.code : undefined;
    const code = innerCode === 'BAD_USER_INPUT' ? innerCode : formatted.extensions?.code;

    if (typeof code === 'string' && USER_CODES.has(code)) {
      const extensions: Record<string, unknown> = { ...formatted.extensions, code };
      if (production) delete extensions.stacktrace;
      return { ...formatted, extensions };
    }

    if (!production) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        i18n: { vi: 'Lỗi máy chủ nội bộ', en: 'Internal server error' },
      },
    };
  };
}
