import { formatDate, formatDateTime, isIsoDate } from '../common/dates';
import { formatDecimal } from '../common/decimal';
import { formatMoney } from '../common/money';
import { resourceOfType } from '../dataProvider/resources';
import { allTypes, findType, hasField, unwrap } from '../dataProvider/schema';

/** What the audit trail writes for personal data and secrets (server: audit-snapshot.ts). */
export const REDACTED = '[redacted]';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

type Kind =
  | { kind: 'money' | 'date' | 'dateTime' | 'decimal' | 'plain' }
  | { kind: 'enum'; enumName: string }
  | { kind: 'reference'; resource: string };

/**
 * A relation the API does not expose on that type (a grant's `user`, a contact's `donor`): named
 * after the type it points to, so `user` → User → users.
 */
function namedReference(field: string): Kind | undefined {
  const typeName = field.charAt(0).toUpperCase() + field.slice(1);
  const resource = findType(typeName)?.kind === 'OBJECT' ? resourceOfType(typeName) : undefined;
  return resource ? { kind: 'reference', resource } : undefined;
}

/** The field's type in the API, read from the schema; the audit row's field names are the entity's. */
function fieldKind(recordType: string, field: string): Kind | undefined {
  const type = findType(recordType);
  const found = type?.kind === 'OBJECT' ? type.fields.find((f) => f.name === field) : undefined;
  if (!found) return namedReference(field);
  const t = unwrap(found.type);
  if (t.name === 'Money') return { kind: 'money' };
  if (t.name === 'Date') return { kind: 'date' };
  if (t.name === 'DateTime') return { kind: 'dateTime' };
  if (t.name === 'Decimal') return { kind: 'decimal' };
  if (t.kind === 'ENUM') return { kind: 'enum', enumName: t.name };
  if (t.kind === 'OBJECT' && hasField(t.name, 'id')) {
    const resource = resourceOfType(t.name);
    return resource ? { kind: 'reference', resource } : undefined;
  }
  return undefined;
}

let moneyFieldNames: Set<string> | undefined;
/** Fields that are Money somewhere in the API (amount, moneyTarget): for records it has no type for. */
function isMoneyName(field: string): boolean {
  moneyFieldNames ??= new Set(
    allTypes().flatMap((t) =>
      t.kind === 'OBJECT' ? t.fields.filter((f) => unwrap(f.type).name === 'Money').map((f) => f.name) : [],
    ),
  );
  return moneyFieldNames.has(field);
}

/** How to show a changed value: as text, or as a link to the record it refers to. */
export type AuditValue = { text: string } | { resource: string; id: string };

export interface FormatContext {
  translate: (key: string, options?: any) => string;
  locale: string;
}

export function auditValue(recordType: string, field: string, value: unknown, ctx: FormatContext): AuditValue {
  const { translate, locale } = ctx;
  if (value === null || value === undefined || value === '') return { text: translate('chungTay.common.none') };
  if (value === REDACTED) return { text: translate('chungTay.history.redacted') };
  if (typeof value === 'boolean') return { text: translate(value ? 'ra.boolean.true' : 'ra.boolean.false') };
  const kind = fieldKind(recordType, field) ?? (isMoneyName(field) ? { kind: 'money' as const } : undefined);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (kind?.kind) {
    case 'money':
      return { text: formatMoney(text) };
    case 'decimal':
      return { text: formatDecimal(text, locale) };
    case 'enum':
      return { text: translate(`chungTay.enums.${kind.enumName}.${text}`, { _: text }) };
    case 'reference':
      return { resource: kind.resource, id: text };
  }
  if (isIsoDate(text)) return { text: formatDate(text) };
  if (ISO_INSTANT.test(text)) return { text: formatDateTime(text) };
  return { text };
}

/** "moneyTarget" → "Mục tiêu vận động": the resource's field label, else the audit's own, else the name. */
export function auditFieldLabel(recordType: string, field: string, translate: FormatContext['translate']): string {
  const resource = resourceOfType(recordType);
  const own = translate(`chungTay.history.fields.${field}`, { _: field });
  return resource ? translate(`resources.${resource}.fields.${field}`, { _: own }) : own;
}

/** The fields an event changed (its record id aside): those of `after`, then any only in `before`. */
export function changedFieldNames(before: unknown, after: unknown): string[] {
  const keys = new Set<string>();
  for (const side of [after, before]) {
    if (side && typeof side === 'object') for (const key of Object.keys(side)) if (key !== 'id') keys.add(key);
  }
  return [...keys];
}
