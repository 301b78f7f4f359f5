import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import type { FieldProblem, Localized } from './errors.js';

/**
 * Picks each error's message in the request's language (Accept-Language; Vietnamese by
 * default). Errors carry both translations in extensions.i18n until this point.
 */
export const localizeErrorsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors) return;
        const locale = contextValue?.locale ?? 'vi';
        response.body.singleResult.errors = errors.map((error) => {
          const { i18n, fields, ...extensions } = (error.extensions ?? {}) as {
            i18n?: Localized;
            fields?: FieldProblem[];
          } & Record<string, unknown>;
          return {
            ...error,
            message: i18n ? i18n[locale] : error.message,
            extensions: {
              ...extensions,
              ...(fields ? { fields: fields.map((f) => ({ field: f.field, message: f.message[locale] })) } : {}),
            },
          };
        });
      },
    };
  },
};
