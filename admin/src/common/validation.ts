import { maxLength, regex, required, type Validator } from 'ra-core';
import { isIsoDate, formatDate } from './dates';
import { DECIMAL } from './decimal';
import { MONEY_MAX } from './money';

// The server's rules (server/src/modules/*/*.inputs.ts and *.service.ts), checked before sending
// so that a person sees them at once; the server checks them again and its word is final.

const get = (values: Record<string, any>, path: string) =>
  path.split('.').reduce<any>((node, key) => (node == null ? undefined : node[key]), values);

/** " " is as empty as "" to a person (the server's @NotBlank). */
export const notBlank: Validator = (value) =>
  typeof value === 'string' && value.trim() === '' ? 'chungTay.validation.notBlank' : undefined;

/** A required text of at most `max` characters. */
export const requiredText = (max: number): Validator[] => [required(), notBlank, maxLength(max)];

export const optionalText = (max: number): Validator[] => [maxLength(max)];

/** A whole number (counts of households, people); empty passes, `required()` says otherwise. */
export const wholeNumber: Validator = (value) =>
  value == null || value === '' || Number.isInteger(Number(value)) ? undefined : 'ra.validation.number';

export const dateValue: Validator = (value) =>
  value == null || value === '' || isIsoDate(value) ? undefined : 'chungTay.validation.date';

/** An end date not before the start date in `startField`. */
export const notBefore =
  (startField: string): Validator =>
  (value, values) => {
    const start = get(values, startField);
    if (!isIsoDate(value) || !isIsoDate(start) || value >= start) return undefined;
    return { message: 'chungTay.validation.endBeforeStart', args: { start: formatDate(start) } };
  };

/** Whole VND, as digits; `min` 0 for targets. */
export const moneyValue =
  (options: { min?: bigint } = {}): Validator =>
  (value) => {
    if (value == null || value === '') return undefined;
    if (typeof value !== 'string' || !/^-?\d+$/.test(value)) return 'chungTay.validation.money';
    const amount = BigInt(value);
    if (options.min !== undefined && amount < options.min) return 'chungTay.validation.moneyNegative';
    if (amount > MONEY_MAX) return 'chungTay.validation.moneyTooLarge';
    return undefined;
  };

/** Percentage points per year: a Decimal between 0 and 100. */
export const percentPoints: Validator = (value) => {
  if (value == null || value === '') return undefined;
  if (typeof value !== 'string' || !DECIMAL.test(value)) return 'chungTay.validation.decimal';
  const points = Number(value);
  return points < 0 || points > 100 ? 'chungTay.validation.decimalRange' : undefined;
};

export const campaignCode: Validator[] = [
  ...requiredText(40),
  regex(/^[A-Z0-9][A-Z0-9._/-]*$/, 'chungTay.validation.campaignCode'),
];

const unitCodeFormats: Record<string, RegExp> = {
  NATION: /^[A-Z]{2}$/,
  PROVINCE: /^\d{2}$/,
  DISTRICT: /^\d{3}$/,
  COMMUNE: /^\d{5}$/,
  VILLAGE: /^[0-9A-Z]{1,10}$/,
};

/** The official code's shape depends on the tier. */
export const unitCode: Validator = (value, values) => {
  const pattern = unitCodeFormats[values.level as string];
  if (!pattern || typeof value !== 'string' || value === '' || pattern.test(value.trim())) return undefined;
  return `chungTay.validation.unitCode.${values.level}`;
};

/** Every tier but the nation has a parent; the nation has none. */
export const unitParent: Validator = (value, values) => {
  if (values.level === 'NATION') return value ? 'chungTay.validation.nationHasNoParent' : undefined;
  return value ? undefined : 'chungTay.validation.parentRequired';
};

export const phone = regex(/^\+?[0-9][0-9 .-]{5,19}$/, 'chungTay.validation.phone');
export const taxCode = regex(/^\d{10}(-\d{3})?$/, 'chungTay.validation.taxCode');

/** An anonymous donor cannot also consent to being named (the server's rule). */
export const consentCoherent: Validator = (value, values) =>
  value && values.anonymous ? 'chungTay.validation.anonymousConsent' : undefined;

/** A launching document needs its number once a date or issuer is given. */
export const documentNumber: Validator = (value, values) => {
  const doc = values.document ?? {};
  const other = (doc.issuedOn ?? '') !== '' || (doc.issuer ?? '').trim() !== '';
  return other && (value ?? '').trim() === '' ? 'chungTay.validation.documentNumber' : undefined;
};

export const notItself: Validator = (value, values) =>
  value != null && values.id != null && String(value) === String(values.id)
    ? 'chungTay.validation.notItself'
    : undefined;
