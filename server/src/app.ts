import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from './config.js';
import { createContext, type Context } from './context.js';
import { createOrm, type Orm } from './db/orm.js';
import { makeFormatError } from './common/format-error.js';
import { localizeErrorsPlugin } from './common/localize-errors.plugin.js';
import { graphiqlRouter } from './http/graphiql.js';
import { healthHandler } from './http/health.js';
import { requestLog } from './http/request-log.js';
import { buildAppSchema } from './schema.js';
import { seedDemoData } from './seeders/demo-seeder.js';

export interface App {
  config: AppConfig;
  orm: Orm;
  schema: GraphQLSchema;
  logger: Logger;
  /** The HTTP handler: /graphql, /healthz, and /graphiql in development. */
  express: Express;
  server: http.Server;
  /** Starts listening; resolves with the URL. Port 0 picks a free port (tests). */
  listen(port?: number): Promise<string>;
  /** Stops taking requests, lets running ones finish, then closes the database. */
  close(): Promise<void>;
}

/** Builds the whole product: database (migrated, seeded if asked), schema, Apollo, HTTP routes. */
export async function createApp(config: AppConfig): Promise<App> {
  const logger = pino({ level: config.logLevel, base: { service: 'chung-tay' } });
  const production = config.env === 'production';
  const orm = await createOrm({ database: config.database, onQuery: config.onQuery });
  if (config.seedDemoData) {
    const result = await seedDemoData(orm.em.fork());
    if (result.created > 0) logger.info(result, 'demo data loaded');
  }

  const schema = await buildAppSchema();
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // Batched requests multiply the cost of one HTTP call; clients send one operation at a time.
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    formatError: makeFormatError(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Apollo's own landing page loads from a CDN; we serve GraphiQL ourselves (see http/graphiql.ts).
      ApolloServerPluginLandingPageDisabled(),
      localizeErrorsPlugin,
    ],
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.get('/healthz', healthHandler(orm, config.database.kind));
  if (!production) {
    app.use(graphiqlRouter());
    app.get('/', (_req, res) => res.redirect('/graphiql'));
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(orm.em, req.headers['accept-language']),
    }),
  );

  let closing: Promise<void> | undefined;
  return {
    config,
    orm,
    schema,
    logger,
    express: app,
    server,
    listen(port = config.port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => {
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://localhost:${actual}`);
        });
      });
    },
    close() {
      closing ??= (async () => {
        await apollo.stop();
        if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
        await orm.close();
      })();
      return closing;
    },
  };
}
