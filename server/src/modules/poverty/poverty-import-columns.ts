import { searchKey } from '../../common/search-text.js';
import { cellText, type Cell } from '../imports/statement-values.js';

/** The columns holding whole counts (of households, of people). */
export const COUNT_COLUMNS = [
  'households',
  'poorHouseholds',
  'nearPoorHouseholds',
  'ethnicMinorityHouseholds',
  'ethnicMinorityPoorHouseholds',
  'people',
  'poorPeople',
] as const;

/** The columns a poverty-statistics file may have; unit, year, households and poor are required. */
export const IMPORT_COLUMNS = [
  'unit',
  'year',
  'standard',
  ...COUNT_COLUMNS,
  'reportedPoorRate',
  'reportedNearPoorRate',
  'source',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type ImportColumnMap = Partial<Record<ImportColumn, number>>;

export const REQUIRED_COLUMNS: ImportColumn[] = ['unit', 'year', 'households', 'poorHouseholds'];

/** The figures of a line (what a statistic records), as against what identifies it. */
export const FIGURE_COLUMNS = IMPORT_COLUMNS.filter(
  (c): c is Exclude<ImportColumn, 'unit' | 'year' | 'standard'> => c !== 'unit' && c !== 'year' && c !== 'standard',
);

/** The figures a file may leave out: the recorded value then stays. */
export const OPTIONAL_COLUMNS = FIGURE_COLUMNS.filter((c) => !REQUIRED_COLUMNS.includes(c));

/**
 * Header names people write, in Vietnamese and English, compared without case, diacritics,
 * punctuation or "(%)". The most specific names first: "hộ nghèo DTTS" is not "hộ nghèo".
 */
const NAMES: [ImportColumn, string[]][] = [
  [
    'ethnicMinorityPoorHouseholds',
    ['ho ngheo dtts', 'ho ngheo dan toc thieu so', 'ethnic minority poor households', 'ethnic minority poor'],
  ],
  [
    'ethnicMinorityHouseholds',
    ['ho dtts', 'so ho dtts', 'ho dan toc thieu so', 'so ho dan toc thieu so', 'ethnic minority households'],
  ],
  ['reportedNearPoorRate', ['ty le ho can ngheo', 'ty le can ngheo', 'reported near poor rate', 'near poor rate']],
  [
    'reportedPoorRate',
    ['ty le ho ngheo', 'ty le ngheo', 'ty le ho ngheo bao cao', 'reported rate', 'reported poor rate', 'poor rate'],
  ],
  ['nearPoorHouseholds', ['ho can ngheo', 'so ho can ngheo', 'near poor households', 'near poor']],
  ['poorPeople', ['nhan khau ngheo', 'so nhan khau ngheo', 'so nguoi ngheo', 'poor people']],
  ['poorHouseholds', ['ho ngheo', 'so ho ngheo', 'poor households', 'poor']],
  ['households', ['tong so ho', 'so ho', 'tong ho', 'tong so ho dan', 'households', 'total households']],
  ['people', ['nhan khau', 'so nhan khau', 'dan so', 'people', 'population']],
  ['standard', ['chuan ngheo', 'chuan', 'standard', 'poverty standard']],
  ['year', ['nam', 'nam ra soat', 'year', 'review year']],
  ['unit', ['don vi', 'ma don vi', 'ten don vi', 'don vi hanh chinh', 'dia ban', 'unit', 'unit code', 'ma', 'code']],
  ['source', ['nguon', 'nguon so lieu', 'ghi chu', 'source']],
];

const headerKey = (cell: Cell) =>
  searchKey((cellText(cell) ?? '').replace(/\(%\)|%/g, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The column map of a header row, or null when it is not a header (it lacks the required columns). */
export function importColumnMap(row: Cell[]): ImportColumnMap | null {
  const map: ImportColumnMap = {};
  row.forEach((cell, index) => {
    const key = headerKey(cell);
    const column = NAMES.find(([, names]) => names.includes(key))?.[0];
    if (column && map[column] === undefined) map[column] = index;
  });
  return REQUIRED_COLUMNS.every((c) => map[c] !== undefined) ? map : null;
}
