// Loads the demo data into the configured database (DATABASE_URL or DATA_DIR); safe to repeat.
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createOrm } from '../db/orm.js';
import { seedDemoData } from '../seeders/demo-seeder.js';

const orm = await createOrm({ database: loadConfig().database });
try {
  const result = await seedDemoData(orm.em.fork());
  console.log(`demo data: ${result.created} records created, ${result.existing} already there`);
} finally {
  await orm.close();
}
