import { gql } from '@apollo/client';
import type { BuildQuery, BuildQueryResult } from 'ra-data-graphql';
import {
  CREATE,
  DELETE,
  DELETE_MANY,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  HttpError,
  UPDATE,
  UPDATE_MANY,
} from 'ra-core';
import { apiResource, type ApiResource } from './resources';
import { changedFields, toInput, withInputIds } from './inputs';
import { enumValues, inputType, typeRefString } from './schema';
import { redactionsAt } from './redactions';
import { selection } from './selection';

type Data = Record<string, any>;

/** The API lists at most this many records per page. */
export const MAX_PAGE_SIZE = 100;

/** What a resource may add to the generic mapping, where it really differs from the others. */
export interface ResourceAdapter {
  /** List fields worth their cost in list views (e.g. what a historical unit is today). */
  listFields?: readonly string[];
  /** How many levels of related records a list row carries (1 unless said; a user's grants need their unit). */
  listDepth?: number;
  /** List fields a record's page shows (children, ancestors); others (e.g. an audit trail) are left out. */
  detailFields?: readonly string[];
  /** Fields left out of list rows at every level (computed aggregates: a fund's totals). */
  listOmit?: readonly string[];
  /** Fields left out of a record's page at every level. */
  detailOmit?: readonly string[];
  /** Shapes a record from the API for forms and views. */
  fromRecord?: (record: Data) => Data;
  /** Adjusts an update input, given the form data before the edit. */
  toUpdateInput?: (input: Data, data: Data, previous: Data) => Data;
  /** Turns the list's filter values into the API's filter (e.g. days into instants). */
  toFilter?: (filter: Data) => Data;
}

/** `startsOn` → `STARTS_ON`, if the API can sort by it; otherwise the server's default order. */
function orderBy(api: ApiResource, sort: { field?: string; order?: string } | undefined) {
  if (!sort?.field || !api.orderFieldType) return undefined;
  const value = sort.field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  if (!enumValues(api.orderFieldType).includes(value)) return undefined;
  return { field: value, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}

/** Keeps the filter values the API's filter type knows; drops blanks (a cleared search box). */
function filterFor(api: ApiResource, filter: Data | undefined): Data | undefined {
  if (!api.filterType || !filter) return undefined;
  const out: Data = {};
  for (const field of inputType(api.filterType).inputFields) {
    const value = filter[field.name];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const nested = Object.fromEntries(Object.entries(value).filter(([, v]) => v != null && v !== ''));
      if (Object.keys(nested).length) out[field.name] = nested;
      continue;
    }
    out[field.name] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function listQuery(api: ApiResource, adapter: ResourceAdapter, params: Data, extraFilter?: Data) {
  const page = params.pagination?.page ?? 1;
  const perPage = Math.min(Math.max(params.pagination?.perPage ?? 25, 1), MAX_PAGE_SIZE);
  const filter = { ...params.filter, ...extraFilter };
  const variables: Data = {
    filter: filterFor(api, adapter.toFilter ? adapter.toFilter(filter) : filter),
    orderBy: orderBy(api, params.sort),
    offset: (page - 1) * perPage,
    limit: perPage,
  };
  const declared = api.list.args.map((a) => `$${a.name}: ${typeRefString(a.type)}`).join(', ');
  const passed = api.list.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const fields = selection(api.typeName, {
    depth: adapter.listDepth ?? 1,
    lists: adapter.listFields ?? [],
    omit: adapter.listOmit,
  });
  return {
    query: gql`query ${api.resource}(${declared}) { page: ${api.list.name}(${passed}) { totalCount offset limit nodes { ${fields} } } }`,
    variables,
  };
}

function notSupported(method: string): never {
  throw new HttpError('chungTay.errors.deleteNotSupported', 405, { method });
}

/**
 * One query builder for every resource, read from the schema in @chung-tay/schema (as the
 * react-admin demo wraps ra-data-graphql's): getList → the list query with filter, orderBy,
 * offset and limit; getOne → the singular lookup; getMany → singular lookups under aliases in one
 * request; getManyReference → the list filtered by the target; create/update → the mutation with
 * one input (update sends only what changed); updateMany → aliased updates. The API never deletes.
 */
export function makeBuildQuery(adapters: Record<string, ResourceAdapter> = {}): BuildQuery {
  return (method: string, resource: string, params: Data): BuildQueryResult => {
    const api = apiResource(resource);
    const adapter = adapters[resource] ?? {};
    const inputTypes = [api.create?.inputType, api.update?.inputType];
    // `_redacted`: what the server withheld from this record and why (see redactions.ts).
    const shape = (record: Data | null | undefined, redacted?: Record<string, string>) => {
      if (!record) return record;
      const withIds = withInputIds(redacted ? { ...record, _redacted: redacted } : record, inputTypes);
      return adapter.fromRecord ? adapter.fromRecord(withIds) : withIds;
    };
    const detail = () =>
      selection(api.typeName, { depth: 2, lists: adapter.detailFields ?? [], omit: adapter.detailOmit });

    switch (method) {
      case GET_LIST:
      case GET_MANY_REFERENCE: {
        const extra = method === GET_MANY_REFERENCE ? { [params.target]: params.id } : undefined;
        return {
          ...listQuery(api, adapter, params, extra),
          parseResponse: ({ data }) => ({
            data: data.page.nodes.map((node: Data, i: number) =>
              shape(node, redactionsAt(data._redacted, `page.nodes.${i}`)),
            ),
            total: data.page.totalCount,
          }),
        };
      }
      case GET_ONE: {
        if (!api.one) throw new Error(`${resource} has no lookup by id`);
        return {
          query: gql`query ${api.one.name}($id: ID!) { record: ${api.one.name}(id: $id) { ${detail()} } }`,
          variables: { id: String(params.id) },
          parseResponse: ({ data }) => {
            if (!data.record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
            return { data: shape(data.record, redactionsAt(data._redacted, 'record')) };
          },
        };
      }
      case GET_MANY: {
        if (!api.one) throw new Error(`${resource} has no lookup by id`);
        const ids: string[] = (params.ids ?? []).map(String);
        const fields = selection(api.typeName, {
          depth: adapter.listDepth ?? 1,
          lists: adapter.listFields ?? [],
          omit: adapter.listOmit,
        });
        const declared = ids.map((_, i) => `$id${i}: ID!`).join(', ');
        const lookups = ids.map((_, i) => `r${i}: ${api.one!.name}(id: $id${i}) { ${fields} }`).join(' ');
        return {
          query: gql`query ${api.one.name}Many${declared ? `(${declared})` : ''} { ${lookups || '__typename'} }`,
          variables: Object.fromEntries(ids.map((id, i) => [`id${i}`, id])),
          parseResponse: ({ data }) => ({
            data: ids
              .map((_, i) => data[`r${i}`])
              .filter(Boolean)
              .map((record: Data) => shape(record)),
          }),
        };
      }
      case CREATE: {
        const create = api.create;
        if (!create) throw new Error(`${resource} cannot be created through the API`);
        return {
          query: gql`mutation ${create.field.name}($input: ${create.inputType}!) { result: ${create.field.name}(input: $input) { ${create.payloadField} { ${detail()} } } }`,
          variables: { input: toInput(create.inputType, params.data) },
          parseResponse: ({ data }) => ({
            data: shape(
              data.result[create.payloadField],
              redactionsAt(data._redacted, `result.${create.payloadField}`),
            ),
          }),
        };
      }
      case UPDATE: {
        const update = api.update;
        if (!update) throw new Error(`${resource} cannot be changed through the API`);
        const next = toInput(update.inputType, params.data);
        const before = toInput(update.inputType, params.previousData ?? {});
        let input: Data = { ...changedFields(next, before), id: String(params.id) };
        // Optimistic locking: the version the form was opened on goes back with every change, so
        // that a save from a stale copy is refused (CONFLICT) instead of overwriting someone's edit.
        const version = params.previousData?.version;
        if (version != null && inputType(update.inputType).inputFields.some((f) => f.name === 'version')) {
          input.version = version;
        }
        if (adapter.toUpdateInput) input = adapter.toUpdateInput(input, params.data, params.previousData ?? {});
        return {
          query: gql`mutation ${update.field.name}($input: ${update.inputType}!) { result: ${update.field.name}(input: $input) { ${update.payloadField} { ${detail()} } } }`,
          variables: { input },
          parseResponse: ({ data }) => ({
            data: shape(
              data.result[update.payloadField],
              redactionsAt(data._redacted, `result.${update.payloadField}`),
            ),
          }),
        };
      }
      case UPDATE_MANY: {
        const update = api.update;
        if (!update) throw new Error(`${resource} cannot be changed through the API`);
        const ids: string[] = (params.ids ?? []).map(String);
        const changes = toInput(update.inputType, params.data);
        const declared = ids.map((_, i) => `$input${i}: ${update.inputType}!`).join(', ');
        const calls = ids
          .map((_, i) => `u${i}: ${update.field.name}(input: $input${i}) { ${update.payloadField} { id } }`)
          .join(' ');
        return {
          query: gql`mutation ${update.field.name}Many(${declared}) { ${calls} }`,
          variables: Object.fromEntries(ids.map((id, i) => [`input${i}`, { ...changes, id }])),
          parseResponse: ({ data }) => ({ data: ids.map((_, i) => data[`u${i}`][update.payloadField].id) }),
        };
      }
      case DELETE:
      case DELETE_MANY:
        return notSupported(method);
      default:
        throw new Error(`Unknown data provider method ${method}`);
    }
  };
}
