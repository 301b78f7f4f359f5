export { createApp, type App } from './app.js';
export { loadConfig, type AppConfig, type DatabaseConfig } from './config.js';
export { buildAppSchema } from './schema.js';
export { searchKey } from './common/search-text.js';
export { printAppSchema } from './print-schema.js';
