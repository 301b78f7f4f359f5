import { GraphQLError } from 'graphql';

/** The stable codes a client may branch on. Anything else is an internal error. */
export type UserErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'TOO_MANY_REQUESTS';

/** A text in both of the product's languages; the response picks one by the request's locale. */
export interface Localized {
  vi: string;
  en: string;
}

/** One input field that is wrong, so that a form can show the message beside the field. */
export interface FieldProblem {
  /** The input field's path, e.g. "endsOn" or "contact.email". */
  field: string;
  message: Localized;
}

/**
 * An error the caller caused and can fix. Carries both translations until the response is
 * written (see localize-errors.plugin.ts), and the offending fields when there are any.
 */
export class UserError extends GraphQLError {
  constructor(code: UserErrorCode, message: Localized, fields: FieldProblem[] = []) {
    super(message.en, {
      extensions: { code, i18n: message, ...(fields.length ? { fields } : {}) },
    });
  }
}

export const badInput = (field: string, message: Localized): UserError =>
  new UserError('BAD_USER_INPUT', message, [{ field, message }]);

export const notFound = (what: Localized, id: string | number, field?: string): UserError => {
  const message = {
    vi: `Không tìm thấy ${what.vi} có id ${id}`,
    en: `No ${what.en} with id ${id}`,
  };
  return new UserError('NOT_FOUND', message, field ? [{ field, message }] : []);
};

export const conflict = (field: string, message: Localized): UserError =>
  new UserError('CONFLICT', message, [{ field, message }]);
