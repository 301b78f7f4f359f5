import os from 'node:os';
import type pg from 'pg';

/** The machine and database the numbers come from, for the README. */
export async function describeMachine(db: pg.Client): Promise<string[]> {
  const version = await db.query<{ v: string }>(`select current_setting('server_version') as v`);
  const settings = await db.query<{ name: string; setting: string; unit: string | null }>(
    `select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size')`,
  );
  const pretty = settings.rows.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ');
  return [
    `CPU: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores`,
    `RAM: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `PostgreSQL ${version.rows[0]!.v} (${pretty})`,
    `Node ${process.version} on ${os.type()} ${os.release()}`,
  ];
}
