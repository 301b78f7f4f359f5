import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { ConferringAuthority } from './commendation-enums.js';

/** A decision (quyết định khen thưởng) of a conferring authority; it may cover many nominations. */
export class CommendationDecision extends BaseRecord {
  /** As written: "1234/QĐ-UBND". Unique per conferring unit. */
  number!: string;
  decidedOn!: string;
  signerName!: string;
  signerTitle?: string | null;
  authority!: ConferringAuthority;
  /** The unit of the authority that decided (a province, or the nation). */
  unit!: AdministrativeUnit;
  searchText!: string;
}

const decisionSearchKey = (d: CommendationDecision) => searchKey(d.number, d.signerName);

export const CommendationDecisionSchema = defineEntity({
  class: CommendationDecision,
  properties: {
    ...baseProperties,
    number: p.string().length(100),
    decidedOn: p.date(),
    signerName: p.string().length(200),
    signerTitle: p.string().length(300).nullable(),
    authority: p.enum(() => ConferringAuthority),
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    searchText: p.text().onCreate(decisionSearchKey).onUpdate(decisionSearchKey),
  },
  uniques: [{ properties: ['unit', 'number'] }],
});
