import type { QueryOrderMap } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { OrderDirection } from './pagination.js';

/**
 * Turns an API order (field + direction) into the ORM's order, always ending with the id so that
 * pages are stable when values tie.
 */
export function toOrderBy<T>(property: string, direction: OrderDirection = OrderDirection.ASC): QueryOrderMap<T> {
  const dir = direction === OrderDirection.DESC ? 'desc' : 'asc';
  return (property === 'id' ? { id: dir } : { [property]: dir, id: dir }) as QueryOrderMap<T>;
}

/** Registers a sort-field enum whose values are entity properties, each described for the schema. */
export function registerOrderFieldEnum(values: Record<string, string>, name: string, what: string): void {
  registerEnumType(values, {
    name,
    description: `What ${what} can be sorted by.`,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, property]) => [key, { description: `By ${property}.` }]),
    ),
  });
}
