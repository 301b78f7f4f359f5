import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

/** The schema as SDL, sorted so that the committed file only changes when the API does. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `# Emitted by the server (pnpm codegen). Do not edit: change the resolvers and types instead.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
