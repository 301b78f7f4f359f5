import type { EntityClass } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Em } from '../db/orm.js';
import type { BaseRecord } from './base-properties.js';

/**
 * Loads records by id in one query per tick, so nested fields (campaign → organizer → unit →
 * parent) cost one statement per level, not one per row.
 */
export function byIdLoader<T extends BaseRecord>(em: Em, entity: EntityClass<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids: readonly number[]) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads the records whose foreign key `column` points at each given id (e.g. children). */
export function byForeignKeyLoader<T extends BaseRecord>(
  em: Em,
  entity: EntityClass<T>,
  property: keyof T & string,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>> = {},
): DataLoader<number, T[]> {
  return new DataLoader(async (ids: readonly number[]) => {
    const rows = await em.find(entity, { [property]: { $in: [...ids] } } as never, {
      orderBy: { ...orderBy, id: 'asc' } as never,
    });
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const ref = row[property] as unknown as { id: number } | null;
      if (ref) groups.get(ref.id)?.push(row);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}
