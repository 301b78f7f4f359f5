import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AbstractSqlDriver, EntityManager } from '@mikro-orm/sql';
import type { DatabaseConfig } from '../config.js';
import { entities } from './entities.js';
import { migrations } from '../migrations/index.js';
import { AuditSubscriber } from '../modules/audit/audit.subscriber.js';

export type Orm = MikroORM<AbstractSqlDriver, EntityManager>;
export type Em = EntityManager;

export interface OrmOptions {
  database: DatabaseConfig;
  onQuery?: (sql: string) => void;
  debug?: boolean;
}

function driverOptions(database: DatabaseConfig): Partial<Options> {
  if (database.kind === 'postgresql') {
    return { driver: PostgreSqlDriver, clientUrl: database.url };
  }
  // 'memory://' keeps a throwaway cluster in memory (tests); anything else is a folder on disk.
  // pg_trgm ships with PGlite: loading it lets the search indexes' migration build the same
  // trigram indexes as on PostgreSQL, so both databases run the statement with the same plans.
  return {
    driver: PgliteDriver,
    dbName: database.dataDir,
    // A factory, because MikroORM deep-copies plain option objects, and a copied Blob is no Blob.
    driverOptions: () => ({ extensions: { pg_trgm }, loadDataDir: database.loadDataDir }),
  };
}

/** The ORM options for a database, shared by the server, the CLI and migration generation. */
export function ormOptions({ database, onQuery, debug }: OrmOptions): Options {
  return {
    ...driverOptions(database),
    entities,
    subscribers: [new AuditSubscriber()],
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      tableName: 'mikro_orm_migrations',
      snapshot: false,
      silent: true,
      allOrNothing: true,
      emit: 'ts',
    },
    // Entities are defined with defineEntity(), so nothing needs to be discovered by reflection.
    discovery: { warnWhenNoEntities: true },
    debug: debug ? ['query'] : false,
    // The fallback is a safety net for scripts; requests always fork their own EntityManager.
    allowGlobalContext: false,
    onQuery: (sql: string) => {
      onQuery?.(sql);
      return sql;
    },
  } as Options;
}

/** Connect, and apply every committed migration that has not run yet. */
export async function createOrm(options: OrmOptions): Promise<Orm> {
  const orm = (await MikroORM.init(ormOptions(options))) as unknown as Orm;
  await orm.migrator.up();
  return orm;
}
