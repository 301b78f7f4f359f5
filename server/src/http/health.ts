import type { Request, Response } from 'express';
import type { Orm } from '../db/orm.js';

/** GET /healthz: 200 when the database answers, 503 otherwise. */
export function healthHandler(orm: Orm, databaseKind: string) {
  return async (_req: Request, res: Response) => {
    const started = performance.now();
    try {
      // isConnected() first: a closed connection must not be silently reopened by the probe.
      if (!(await orm.isConnected())) throw new Error('not connected');
      await orm.em.getConnection().execute('select 1');
      res.json({
        status: 'ok',
        database: { kind: databaseKind, reachable: true, latencyMs: Math.round(performance.now() - started) },
      });
    } catch {
      res.status(503).json({ status: 'unavailable', database: { kind: databaseKind, reachable: false } });
    }
  };
}
