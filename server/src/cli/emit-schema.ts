// Writes schema/schema.graphql from the resolvers; `pnpm codegen` then regenerates the types.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printAppSchema } from '../print-schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql');
await writeFile(target, await printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
