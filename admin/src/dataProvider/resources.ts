import type { IntrospectionField } from 'graphql';
import { argument, inputType, mutationFields, objectType, queryFields, unwrap } from './schema';

/**
 * What the API offers for one react-admin resource, found in the schema by its conventions: the
 * resource is named after its list query (`campaigns`), which returns a page whose `nodes` are the
 * records; the singular lookup takes an `id`; the mutations take one `input` and return a payload
 * holding the record.
 */
export interface ApiResource {
  resource: string;
  typeName: string;
  list: IntrospectionField;
  one?: IntrospectionField;
  create?: { field: IntrospectionField; inputType: string; payloadField: string };
  update?: { field: IntrospectionField; inputType: string; payloadField: string };
  filterType?: string;
  orderType?: string;
  orderFieldType?: string;
}

const cache = new Map<string, ApiResource>();

/**
 * The create (withId false) or update (withId true) mutation of a type. Several mutations may
 * return a User (createUser, grantRole, login): createX / updateX wins, then one named after the
 * type (registerDonor), then the others.
 */
function mutationFor(typeName: string, withId: boolean): ApiResource['create'] {
  // updateNomination, not forwardNomination: every step of a nomination takes its id and returns it too.
  const exact = `${withId ? 'update' : 'create'}${typeName}`;
  const named = (f: IntrospectionField) => (f.name === exact ? 0 : f.name.endsWith(typeName) ? 1 : 2);
  // cancelPledge(input: { pledgeId }) returns a Pledge too, but acts on one that exists: not a create.
  const ownId = `${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}Id`;
  for (const field of [...mutationFields()].sort((a, b) => named(a) - named(b))) {
    const input = argument(field, 'input');
    if (!input || field.args.length !== 1) continue;
    const inputName = unwrap(input.type).name;
    const payload = objectType(unwrap(field.type).name);
    const holder = payload.fields.find((f) => unwrap(f.type).name === typeName && !unwrap(f.type).list);
    if (!holder) continue;
    const fields = inputType(inputName).inputFields;
    const hasId = fields.some((f) => f.name === 'id' || (!withId && f.name === ownId));
    if (hasId === withId) return { field, inputType: inputName, payloadField: holder.name };
  }
  return undefined;
}

export function apiResource(resource: string): ApiResource {
  const known = cache.get(resource);
  if (known) return known;
  const list = queryFields().find((f) => f.name === resource);
  if (!list) throw new Error(`The API has no list query named ${resource}`);
  const nodes = objectType(unwrap(list.type).name).fields.find((f) => f.name === 'nodes');
  if (!nodes) throw new Error(`${resource} does not return a page with nodes`);
  const typeName = unwrap(nodes.type).name;
  const one = queryFields().find((f) => {
    const t = unwrap(f.type);
    return t.name === typeName && !t.list && !!argument(f, 'id');
  });
  const filter = argument(list, 'filter');
  const order = argument(list, 'orderBy');
  const orderType = order ? unwrap(order.type).name : undefined;
  const orderFieldType = orderType
    ? unwrap(inputType(orderType).inputFields.find((f) => f.name === 'field')!.type).name
    : undefined;
  const described: ApiResource = {
    resource,
    typeName,
    list,
    one,
    create: mutationFor(typeName, false),
    update: mutationFor(typeName, true),
    filterType: filter ? unwrap(filter.type).name : undefined,
    orderType,
    orderFieldType,
  };
  cache.set(resource, described);
  return described;
}

/** The resource whose records are of `typeName` (Campaign → campaigns), if the API lists them. */
export function resourceOfType(typeName: string): string | undefined {
  for (const field of queryFields()) {
    const page = unwrap(field.type);
    if (page.kind !== 'OBJECT' || page.list) continue;
    const nodes = objectType(page.name).fields.find((f) => f.name === 'nodes');
    if (nodes && unwrap(nodes.type).name === typeName) return field.name;
  }
  return undefined;
}
