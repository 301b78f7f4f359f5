import type { CodegenConfig } from '@graphql-codegen/cli';

/** Custom scalars as they travel in JSON: all strings, so no digit or day is ever lost. */
export const scalars = {
  ID: { input: 'string', output: 'string' },
  Money: { input: 'string | number', output: 'string' },
  Date: { input: 'string', output: 'string' },
  DateTime: { input: 'string', output: 'string' },
  Decimal: { input: 'string | number', output: 'string' },
};

const config: CodegenConfig = {
  schema: './schema.graphql',
  generates: {
    './src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { scalars, enumsAsTypes: true, avoidOptionals: false, useTypeImports: true },
    },
    './src/generated/introspection.json': {
      plugins: ['introspection'],
      config: { minify: false, descriptions: true },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
