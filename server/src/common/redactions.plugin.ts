import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';

/** "donors.nodes.0.contact" from a resolver's path. */
export function pathText(path: GraphQLResolveInfo['path']): string {
  const parts: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = path; p; p = p.prev) parts.unshift(p.key);
  return parts.join('.');
}

const explanation = {
  vi: 'Dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): chỉ cán bộ Mặt trận và kiểm toán viên của đơn vị được xem.',
  en: "Personal data (Decree 13/2023/NĐ-CP): visible only to the unit's Front staff and auditors.",
};

/**
 * Fields left null because the caller may not see them are listed in the response's
 * extensions, with why: no error, so nothing about the record's existence leaks.
 */
export const redactionsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !contextValue?.redactions.length) return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          redacted: contextValue.redactions.map((r) => ({ ...r, message: explanation[contextValue.locale] })),
        };
      },
    };
  },
};
