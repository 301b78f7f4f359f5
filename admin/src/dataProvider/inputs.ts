import { inputType, unwrap } from './schema';

type Data = Record<string, unknown>;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Turns form data into the value of an input type, as the schema describes it: only the input's
 * fields, blank text as null, a nested input object whose fields are all blank as null, Money and
 * Decimal as strings (never a JS number, which would lose digits).
 */
export function toInput(typeName: string, data: Data): Data {
  const out: Data = {};
  for (const field of inputType(typeName).inputFields) {
    if (!(field.name in data)) continue;
    const t = unwrap(field.type);
    let value = data[field.name];
    if (t.kind === 'INPUT_OBJECT' && !t.list) {
      const nested = value && typeof value === 'object' ? toInput(t.name, value as Data) : null;
      value = nested && Object.values(nested).some((v) => !isEmpty(v)) ? nested : null;
    } else if (typeof value === 'string' && value.trim() === '') {
      value = null;
    } else if (
      typeof value === 'bigint' ||
      (typeof value === 'number' && (t.name === 'Money' || t.name === 'Decimal'))
    ) {
      value = value.toString();
    }
    // A required field left blank is omitted: the server applies its default or says what is missing.
    if (value == null && t.nonNull) continue;
    out[field.name] = value;
  }
  return out;
}

/**
 * Records as forms need them: for every `xId` the create or update input takes, the id of the
 * related record `x` the API returns (organizer → organizerId), so that forms edit input fields
 * and server errors (which name input fields) land on them.
 */
export function withInputIds(record: Data, inputTypes: (string | undefined)[]): Data {
  const out: Data = { ...record };
  for (const name of inputTypes) {
    if (!name) continue;
    for (const field of inputType(name).inputFields) {
      const match = /^(.+)Id$/.exec(field.name);
      if (!match || field.name in out) continue;
      const related = record[match[1]!];
      if (related === null) out[field.name] = null;
      else if (related && typeof related === 'object' && 'id' in related) out[field.name] = (related as Data).id;
    }
  }
  return out;
}

/** Only the top-level input fields whose value differs from before: omitted means unchanged. */
export function changedFields(next: Data, previous: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(value ?? null) !== JSON.stringify(previous[key] ?? null)) out[key] = value;
  }
  return out;
}
