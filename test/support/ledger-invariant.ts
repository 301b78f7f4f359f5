// Runs after every test of every file (vitest setupFiles): whatever a test did, every fund's
// ledger must still add up on every live server that holds the demo data.
import { afterEach } from 'vitest';
import { expectLedgerAddsUp } from './money.js';
import { serversWithLedgers } from './server.js';

afterEach(async () => {
  for (const server of serversWithLedgers) {
    if (await server.app.orm.isConnected()) await expectLedgerAddsUp(server);
  }
});
