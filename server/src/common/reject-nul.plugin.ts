import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../context.js';
import { UserError } from './errors.js';

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold the NUL character; a string carrying one is refused up front as bad
 * input, rather than failing deep in the database as an internal error.
 */
export const rejectNulPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (hasNul(request.variables) || documentHasNul(document)) {
          const error = new UserError('BAD_USER_INPUT', {
            vi: 'Văn bản không được chứa ký tự NUL (\\u0000)',
            en: 'Text may not contain the NUL character (\\u0000)',
          });
          // Thrown before execution, so Apollo would answer 500 unless told otherwise.
          error.extensions.http = { status: 400 };
          throw error;
        }
      },
    };
  },
};
