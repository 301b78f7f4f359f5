import { badInput, type Localized } from './errors.js';

/** Parses a GraphQL ID into a row id; a malformed one is bad input on `field`. */
export function parseId(value: string, field: string, what: Localized): number {
  const id = Number(value);
  if (!/^\d{1,10}$/.test(value) || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) {
    throw badInput(field, {
      vi: `${field}: "${value}" không phải là id hợp lệ của ${what.vi}`,
      en: `${field}: "${value}" is not a valid ${what.en} id`,
    });
  }
  return id;
}

/** Like parseId, for lookups: a malformed id simply matches nothing. */
export function lookupId(value: string): number | null {
  const id = Number(value);
  return /^\d{1,10}$/.test(value) && id >= 1 && id <= 2_147_483_647 ? id : null;
}
