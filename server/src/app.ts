import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
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
import { armorConfig } from './common/limits.js';
import { rateLimitPlugin } from './common/rate-limit.plugin.js';
import { redactionsPlugin } from './common/redactions.plugin.js';
import { rejectNulPlugin } from './common/reject-nul.plugin.js';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { documentsRouter } from './documents/routes.js';
import { adminStatic } from './http/admin-static.js';
import { graphiqlRouter } from './http/graphiql.js';
import { healthHandler } from './http/health.js';
import { jsonBody } from './http/json-body.js';
import { requestLog } from './http/request-log.js';
import { povertyUploadRouter } from './http/poverty-upload.js';
import { statementUploadRouter } from './http/statement-upload.js';
import { buildAppSchema } from './schema.js';
import { seedDemoData } from './seeders/demo-seeder.js';
import { seedCommendationCatalogue } from './modules/commendations/seed-catalogue.js';
import { seedPovertyStandards } from './modules/poverty/seed-poverty-standards.js';
import { User } from './modules/users/user.entity.js';

export interface App {
  config: AppConfig;
  orm: Orm;
  schema: GraphQLSchema;
  logger: Logger;
  /** The HTTP handler: /graphql, /documents, /healthz, and /graphiql in development. */
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
  // Reference data every database needs, demo or not; only what is missing is created.
  await seedCommendationCatalogue(orm.em.fork());
  await seedPovertyStandards(orm.em.fork());
  if (config.seedDemoData) {
    const result = await seedDemoData(orm.em.fork());
    if (result.created > 0) logger.info(result, 'demo data loaded');
  }

  if ((await orm.em.fork().count(User, {})) === 0) {
    logger.warn(
      'No user accounts yet. Create the first administrator with: ' +
        'ADMIN_PASSWORD=<12+ characters> pnpm --filter @chung-tay/server create-admin --email <email> --name "<name>"',
    );
  }

  const schema = await buildAppSchema();
  const app = express();
  const server = http.createServer(app);
  // Keep idle connections longer than clients and proxies do (undici: 4 s, load balancers: 60 s),
  // so a client never sends on a socket the server is closing at that instant (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const armor = new ApolloArmor(armorConfig(production)).protect();
  const apollo = new ApolloServer<Context>({
    schema,
    // Depth, alias, token, directive and cost limits: hostile documents stop before any resolver.
    validationRules: armor.validationRules,
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
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      rateLimitPlugin(config.rateLimits),
      rejectNulPlugin,
      redactionsPlugin,
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
  }
  app.use(
    '/graphql',
    jsonBody(),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createContext(config, orm.em, req, res),
    }),
  );
  app.use(statementUploadRouter(config, orm, logger));
  app.use(povertyUploadRouter(config, orm, logger));
  // Exports and printable documents: the same callers and access rules as the GraphQL queries.
  app.use('/documents', documentsRouter(config, orm, logger));
  // The admin panel at / (after /graphql, which it must never shadow).
  app.use(adminStatic());

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
