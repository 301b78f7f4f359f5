import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { statementCount, statementPage, statementQuery, type StatementQuery } from './statement.service.js';
import { STATEMENT_PAGE_MAX, StatementFilter, StatementPageType } from './statement.type.js';
import { MoneyWentFilter, MoneyWentType } from './money-went.type.js';
import { moneyWent } from './money-went.service.js';

type PageWithQuery = StatementPageType & { query: StatementQuery };

@Resolver(() => StatementPageType)
export class StatementResolver {
  @Query(() => StatementPageType, {
    description:
      'The public statement (sao kê) of a fund or a campaign: posted receipts, newest first, searchable, by keyset ' +
      'cursor. No login needed; donors are named only with their consent.',
  })
  async publicStatement(
    @Ctx() ctx: Context,
    @Arg('filter', () => StatementFilter, { description: 'Which receipts.' }) filter: StatementFilter,
    @Arg('first', () => Int, { defaultValue: 50, description: `How many lines, 1–${STATEMENT_PAGE_MAX}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<PageWithQuery> {
    if (!Number.isInteger(first) || first < 1 || first > STATEMENT_PAGE_MAX) {
      throw badInput('first', {
        vi: `Mỗi trang từ 1 đến ${STATEMENT_PAGE_MAX} dòng`,
        en: `A page holds 1–${STATEMENT_PAGE_MAX} lines`,
      });
    }
    const query = statementQuery(filter);
    return { ...(await statementPage(ctx, query, first, after)), query };
  }

  @Query(() => MoneyWentType, {
    description:
      'Where a fund’s or a campaign’s money went: support by unit and purpose, allocations down. Public; no personal data.',
  })
  whereMoneyWent(
    @Ctx() ctx: Context,
    @Arg('filter', () => MoneyWentFilter, { description: 'Whose spending.' }) filter: MoneyWentFilter,
  ) {
    return moneyWent(ctx, filter);
  }

  @FieldResolver(() => Int, { description: 'How many lines match in all; counted only when asked for.' })
  totalCount(@Root() page: PageWithQuery, @Ctx() ctx: Context) {
    return statementCount(ctx, page.query);
  }
}
