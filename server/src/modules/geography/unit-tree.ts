import type { Em } from '../../db/orm.js';

/**
 * Every unit under `unitId` at any depth, itself included, following both the hierarchy and the
 * successions backwards: under today's Khánh Hòa lie former Ninh Thuận and all its districts and
 * communes. One recursive query, the same on PGlite and PostgreSQL.
 */
export async function subtreeUnitIds(em: Em, unitId: number): Promise<number[]> {
  // em.execute, not the connection: inside a transaction the query must use its connection.
  const rows = await em.execute<{ id: number }[]>(
    `with recursive edges(upper_id, lower_id) as (
       select parent_id, id from administrative_unit where parent_id is not null
       union all
       select successor_id, predecessor_id from unit_succession
     ), tree(id) as (
       select ?::int
       union
       select e.lower_id from edges e join tree t on e.upper_id = t.id
     )
     select id from tree`,
    [unitId],
  );
  return rows.map((row) => Number(row.id));
}

/** The unit and its ancestors up the hierarchy, nearest first. */
export async function ancestorUnitIds(em: Em, unitId: number): Promise<number[]> {
  // em.execute, not the connection: inside a transaction the query must use its connection.
  const rows = await em.execute<{ id: number }[]>(
    `with recursive chain(id, parent_id, depth) as (
       select id, parent_id, 0 from administrative_unit where id = ?
       union all
       select u.id, u.parent_id, c.depth + 1 from administrative_unit u join chain c on u.id = c.parent_id
     )
     select id from chain order by depth`,
    [unitId],
  );
  return rows.map((row) => Number(row.id));
}

/**
 * The unit and the units merged into it, at any remove (today's Khánh Hòa and former Ninh
 * Thuận), without the units under them: where a body of that unit works as its own.
 */
export async function mergedUnitIds(em: Em, unitId: number): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `with recursive merged(id) as (
       select ?::int
       union
       select s.predecessor_id from unit_succession s join merged m on s.successor_id = m.id
     )
     select id from merged`,
    [unitId],
  );
  return rows.map((row) => Number(row.id));
}
