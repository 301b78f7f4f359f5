import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { Em } from '../db/orm.js';
import type { Page, PageArgs } from './pagination.js';

/** One page of `entity` matching `where`, with the total count, in two statements. */
export async function findPage<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  page: PageArgs,
): Promise<Page<T>> {
  const [nodes, totalCount] = await em.findAndCount(
    entity,
    where as never,
    {
      orderBy,
      offset: page.offset,
      limit: page.limit,
    } as never,
  );
  return { nodes, totalCount, offset: page.offset, limit: page.limit };
}
