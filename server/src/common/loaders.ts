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

/**
 * Loads, for each key, the one record whose `property` (a relation, or `id` itself) has that
 * key; string keys, for tables with bigint ids such as the ledger.
 */
export function oneByLoader<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  property: string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await em.find(entity, { [property]: { $in: [...keys] } } as never);
    const keyOf = (row: T) => {
      const value = (row as Record<string, unknown>)[property] as { id?: unknown } | string | number;
      return String(typeof value === 'object' && value !== null ? value.id : value);
    };
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
