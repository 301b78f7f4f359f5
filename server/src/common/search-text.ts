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

/**
 * LIKE patterns, one per word of q, each matching anywhere in a search key: a record matches
 * when it has every word, in any order ("tet ha quang" finds "Tết … huyện Hà Quảng").
 */
export function searchPatterns(q: string): string[] {
  return searchKey(q)
    .split(' ')
    .filter(Boolean)
    .slice(0, 10)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** The ORM condition "searchText contains every word of q". */
export function matchesSearch(q: string): { $and: { searchText: { $like: string } }[] } {
  return { $and: searchPatterns(q).map((pattern) => ({ searchText: { $like: pattern } })) };
}

/** Vietnamese text is stored in Unicode NFC, whatever the client sent. */
export function nfc(text: string): string {
  return text.normalize('NFC').trim();
}
