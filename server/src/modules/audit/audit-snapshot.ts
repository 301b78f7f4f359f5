import type { EntityMetadata } from '@mikro-orm/core';

export const REDACTED = '[redacted]';

/** Personal data and secrets never enter the audit trail: only the fact that they changed. */
const redactedFields: Record<string, string[]> = {
  DonorContact: ['phone', 'email', 'address', 'taxCode'],
  Household: ['headName', 'address'],
  CommendationRecipient: ['address'],
  User: ['passwordHash'],
  Session: ['tokenHash'],
  ApiToken: ['tokenHash'],
};

/** JSON-safe copy of a value: bigint → string, entity reference → its id, Date → ISO. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    if (id !== undefined && !Array.isArray(value)) return plain(id);
    if (Array.isArray(value)) return value.map(plain);
  }
  return value ?? null;
}

/** The listed fields of a record, as JSON, with personal data redacted. */
export function snapshot(
  meta: EntityMetadata<any>,
  data: Record<string, unknown> | undefined,
  fields: string[],
): Record<string, unknown> | null {
  if (!data) return null;
  const redact = new Set(redactedFields[meta.className] ?? []);
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === 'searchText' || field === 'updatedAt') continue;
    const value = data[field];
    result[field] = redact.has(field) && value != null ? REDACTED : plain(value);
  }
  return result;
}

/** The properties of an entity worth recording (its columns, not its collections). */
export function recordedFields(meta: EntityMetadata<any>): string[] {
  return Object.values(meta.properties)
    .filter((prop) => prop.kind === 'scalar' || prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner))
    .map((prop) => prop.name);
}

/** The unit a record belongs to, so auditors see the events of their subtree. */
export function recordUnitId(className: string, entity: Record<string, any>): number | null {
  if (className === 'AdministrativeUnit') return entity.id ?? null;
  if (className === 'UnitSuccession') return entity.successor?.id ?? null;
  const unit =
    entity.scopeUnit ??
    entity.unit ??
    entity.proposingUnit ??
    entity.nomination?.proposingUnit ??
    entity.donor?.unit ??
    entity.household?.unit ??
    entity.fund?.unit ??
    null;
  return unit?.id ?? null;
}
