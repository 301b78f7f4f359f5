import { HttpError } from 'ra-core';

interface ApiError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

const statusByCode: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** "contact.email" → { contact: { email: message } }: the shape react-admin gives to form fields. */
export function fieldErrors(fields: { field: string; message: string }[]): Record<string, any> {
  const errors: Record<string, any> = {};
  for (const { field, message } of fields) {
    const path = field.split('.');
    let node = errors;
    for (const key of path.slice(0, -1)) node = node[key] = typeof node[key] === 'object' ? node[key] : {};
    const last = path[path.length - 1]!;
    node[last] = node[last] ? `${node[last]}; ${message}` : message;
  }
  return errors;
}

function apiErrorsOf(error: any): ApiError[] {
  const body = error?.body;
  const candidates = [body?.graphQLErrors, error?.graphQLErrors, body?.networkError?.result?.errors];
  return candidates.find((list) => Array.isArray(list) && list.length > 0) ?? [];
}

/**
 * Rewrites an error from the API so react-admin can use it: the server's message (already in the
 * panel's language), an HTTP-like status from extensions.code, and `body.errors` keyed by input
 * field, which react-admin shows on the form's fields.
 */
export function toRaError(error: unknown): unknown {
  const apiErrors = apiErrorsOf(error);
  if (apiErrors.length === 0) return error;
  const fields = apiErrors.flatMap((e) => e.extensions?.fields ?? []);
  const code = apiErrors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const message = apiErrors.map((e) => e.message).join('; ');
  return new HttpError(message, statusByCode[code] ?? 500, {
    code,
    ...(fields.length ? { errors: fieldErrors(fields) } : {}),
  });
}
