import type { QueryOrderMap } from '@mikro-orm/core';
import { OrderDirection } from './pagination.js';

/**
 * Turns an API order (field + direction) into the ORM's order, always ending with the id so that
 * pages are stable when values tie.
 */
export function toOrderBy<T>(property: string, direction: OrderDirection = OrderDirection.ASC): QueryOrderMap<T> {
  const dir = direction === OrderDirection.DESC ? 'desc' : 'asc';
  return (property === 'id' ? { id: dir } : { [property]: dir, id: dir }) as QueryOrderMap<T>;
}
