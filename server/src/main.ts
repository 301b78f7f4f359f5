// Starts the server and stops it cleanly on SIGTERM/SIGINT. Everything else is in app.ts.
import { createApp } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await createApp(config);
const url = await app.listen(config.port);
app.logger.info({ url, database: config.database.kind, env: config.env }, `Chung Tay is listening on ${url}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  // `on`, not `once`: a second signal while draining must not kill the process half-closed.
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => {
        app.logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
