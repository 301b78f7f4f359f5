import path from 'node:path';

/** Which database the server runs on: the embedded PGlite (default) or a real PostgreSQL. */
export type DatabaseConfig =
  // loadDataDir: a cluster dumped by PGlite's dumpDataDir to start from (the tests seed the demo
  // data once and start each test file's in-memory database from that dump).
  { kind: 'pglite'; dataDir: string; loadDataDir?: Blob } | { kind: 'postgresql'; url: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  database: DatabaseConfig;
  /** Load the demo data from ../shared/seeds when the database is empty. */
  seedDemoData: boolean;
  /** Schema introspection; on by default outside production. */
  introspection: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** How long a login lasts. */
  sessionTtlHours: number;
  /** Mutations allowed per minute, per user and per client address; logins per minute per address. */
  rateLimits: { mutationsPerMinute: number; loginsPerMinute: number };
  /** Called with every SQL statement the ORM runs; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export class ConfigError extends Error {}

function readBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function readPositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function readEnv(raw: string | undefined): AppConfig['env'] {
  if (raw === 'production' || raw === 'test') return raw;
  return 'development';
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

function readLogLevel(raw: string | undefined, env: AppConfig['env']): AppConfig['logLevel'] {
  if (raw === undefined || raw === '') return env === 'test' ? 'silent' : 'info';
  if ((logLevels as readonly string[]).includes(raw)) return raw as AppConfig['logLevel'];
  throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${raw}"`);
}

function readDatabase(env: NodeJS.ProcessEnv): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return { kind: 'postgresql', url };
  }
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR || './data') };
}

/** Every setting, read once from the environment and validated. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const appEnv = readEnv(env.NODE_ENV);
  const database = readDatabase(env);
  return {
    env: appEnv,
    port: readPort(env.PORT),
    database,
    // Demo data is for the embedded database only, unless asked for explicitly.
    seedDemoData: readBoolean('SEED_DEMO_DATA', env.SEED_DEMO_DATA, database.kind === 'pglite'),
    introspection: readBoolean('INTROSPECTION', env.INTROSPECTION, appEnv !== 'production'),
    logLevel: readLogLevel(env.LOG_LEVEL, appEnv),
    sessionTtlHours: readPositiveInt('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    rateLimits: {
      mutationsPerMinute: readPositiveInt('RATE_LIMIT_MUTATIONS_PER_MINUTE', env.RATE_LIMIT_MUTATIONS_PER_MINUTE, 120),
      loginsPerMinute: readPositiveInt('RATE_LIMIT_LOGINS_PER_MINUTE', env.RATE_LIMIT_LOGINS_PER_MINUTE, 20),
    },
  };
}
