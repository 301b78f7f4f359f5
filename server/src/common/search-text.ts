/**
 * The search key of a text: lower case, no Vietnamese diacritics, đ → d, spaces collapsed.
 * Stored beside searchable records so that "nguyen van a" finds "Nguyễn Văn A" with a plain
 * LIKE on both PGlite and PostgreSQL (no unaccent extension needed).
 */
export function searchKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching the search key of q anywhere, with LIKE's wildcards escaped. */
export function searchPattern(q: string): string {
  return `%${searchKey(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Vietnamese text is stored in Unicode NFC, whatever the client sent. */
export function nfc(text: string): string {
  return text.normalize('NFC').trim();
}
