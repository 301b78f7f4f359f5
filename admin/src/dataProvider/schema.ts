import type {
  IntrospectionField,
  IntrospectionInputValue,
  IntrospectionObjectType,
  IntrospectionInputObjectType,
  IntrospectionType,
  IntrospectionTypeRef,
} from 'graphql';
import { introspectionResult } from '@chung-tay/schema/introspection';

/** The server's schema as the contract package ships it: no introspection request at start-up. */
const types = new Map<string, IntrospectionType>(introspectionResult.__schema.types.map((t) => [t.name, t]));

export interface NamedType {
  name: string;
  kind: IntrospectionType['kind'];
  list: boolean;
  nonNull: boolean;
}

/** Strips NON_NULL and LIST wrappers, remembering them. */
export function unwrap(ref: IntrospectionTypeRef): NamedType {
  let list = false;
  const nonNull = ref.kind === 'NON_NULL';
  let current: IntrospectionTypeRef = ref;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') {
    if (current.kind === 'LIST') list = true;
    current = current.ofType;
  }
  return { name: current.name, kind: current.kind, list, nonNull };
}

/** How a type is written in a variable declaration: "CampaignFilter", "Int!", "[ID!]!". */
export function typeRefString(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeRefString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeRefString(ref.ofType)}]`;
  return ref.name;
}

/** The type named `name`, or undefined when the API has none (an audit row's entity name may not be one). */
export function findType(name: string): IntrospectionType | undefined {
  return types.get(name);
}

/** Every type of the schema. */
export function allTypes(): IntrospectionType[] {
  return [...types.values()];
}

export function getType(name: string): IntrospectionType {
  const type = types.get(name);
  if (!type) throw new Error(`The schema has no type ${name}`);
  return type;
}

export function objectType(name: string): IntrospectionObjectType {
  const type = getType(name);
  if (type.kind !== 'OBJECT') throw new Error(`${name} is not an object type`);
  return type;
}

export function inputType(name: string): IntrospectionInputObjectType {
  const type = getType(name);
  if (type.kind !== 'INPUT_OBJECT') throw new Error(`${name} is not an input type`);
  return type;
}

/** The values of an enum, in schema order: drives the choices of select inputs. */
export function enumValues(name: string): string[] {
  const type = getType(name);
  if (type.kind !== 'ENUM') throw new Error(`${name} is not an enum`);
  return type.enumValues.map((v) => v.name);
}

export function queryFields(): readonly IntrospectionField[] {
  return objectType(introspectionResult.__schema.queryType.name).fields;
}

export function mutationFields(): readonly IntrospectionField[] {
  const name = introspectionResult.__schema.mutationType?.name;
  return name ? objectType(name).fields : [];
}

export function hasField(typeName: string, field: string): boolean {
  const type = getType(typeName);
  return (type.kind === 'OBJECT' || type.kind === 'INTERFACE') && type.fields.some((f) => f.name === field);
}

export function argument(field: IntrospectionField, name: string): IntrospectionInputValue | undefined {
  return field.args.find((a) => a.name === name);
}
