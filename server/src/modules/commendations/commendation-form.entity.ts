import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { CommendationKind, ConferringAuthority, RecipientKind } from './commendation-enums.js';

/** One form or title of the catalogue (reference data, editable by system administrators). */
export class CommendationForm extends BaseRecord {
  /** Stable code, e.g. "BK-TTG". */
  code!: string;
  name!: string;
  kind!: CommendationKind;
  /** The class of an order or medal ("Hạng Nhất"), when it has classes. */
  grade?: string | null;
  authority!: ConferringAuthority;
  recipientKinds!: RecipientKind[];
  /** Cash reward for an individual or household, in multiples of the base salary, e.g. "1.00". */
  cashRewardMultiple?: string | null;
  /** Cash reward for a collective or business, in multiples of the base salary. */
  collectiveCashRewardMultiple?: string | null;
  legalBasis?: string | null;
  /** Forms no longer awarded stay for the registry but take no new nominations. */
  active!: boolean;
  /** Orders the catalogue from the highest distinction down. */
  rank!: number;
  searchText!: string;
}

const formSearchKey = (f: CommendationForm) => searchKey(f.name, f.code, f.grade);

export const CommendationFormSchema = defineEntity({
  class: CommendationForm,
  properties: {
    ...baseProperties,
    code: p.string().length(40).unique(),
    name: p.string().length(300),
    kind: p.enum(() => CommendationKind),
    grade: p.string().length(50).nullable(),
    authority: p.enum(() => ConferringAuthority),
    recipientKinds: p.json<RecipientKind[]>(),
    cashRewardMultiple: p.decimal('string').precision(6).scale(2).nullable(),
    collectiveCashRewardMultiple: p.decimal('string').precision(6).scale(2).nullable(),
    legalBasis: p.string().length(500).nullable(),
    active: p.boolean().default(true),
    rank: p.integer().default(0),
    searchText: p.text().onCreate(formSearchKey).onUpdate(formSearchKey),
  },
});
