import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEnumType, isInputObjectType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, printAppSchema } from '@chung-tay/server';
import codegenConfig from '@chung-tay/schema/codegen';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

describe('the schema/ contract', () => {
  it('commits exactly the schema the server emits (run `pnpm codegen` after changing the API)', async () => {
    const committed = await readFile(path.join(schemaDir, 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('commits exactly the types and introspection generated from it', async () => {
    const outputs = (await generate({ ...codegenConfig, cwd: schemaDir, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBe(2);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(schemaDir, output.filename), 'utf8');
      expect(committed, output.filename).toBe(output.content);
    }
  });

  it('describes every type, field, argument and enum value for developers', async () => {
    const schema: GraphQLSchema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        (isScalarType(type) && ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name))
      )
        continue;
      // The root types are described by their fields.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('never exposes money as Int or Float', async () => {
    const schema = await buildAppSchema();
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const named = String(field.type).replace(/[[\]!]/g, '');
        if (
          !type.name.startsWith('__') &&
          isScalarType(schema.getType(named)) &&
          /amount|target|money|total(?!Count)|balance|cash|received|disbursed|allocated|value/i.test(field.name) &&
          !['Money', 'Decimal'].includes(named)
        ) {
          offenders.push(`${type.name}.${field.name}: ${String(field.type)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
