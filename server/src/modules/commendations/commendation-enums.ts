import { registerEnumType } from 'type-graphql';
import { UnitLevel } from '../geography/unit-level.js';

/** The families of forms and titles under the Law on Emulation and Commendation 2022. */
export enum CommendationKind {
  ORDER = 'ORDER',
  MEDAL = 'MEDAL',
  COMMEMORATIVE_MEDAL = 'COMMEMORATIVE_MEDAL',
  CERTIFICATE_OF_MERIT = 'CERTIFICATE_OF_MERIT',
  CERTIFICATE_OF_COMMENDATION = 'CERTIFICATE_OF_COMMENDATION',
  EMULATION_FLAG = 'EMULATION_FLAG',
  EMULATION_TITLE = 'EMULATION_TITLE',
}

registerEnumType(CommendationKind, {
  name: 'CommendationKind',
  description: 'The family a commendation form or title belongs to.',
  valuesConfig: {
    ORDER: { description: 'Huân chương (an order), often in classes: hạng Nhất, Nhì, Ba.' },
    MEDAL: { description: 'Huy chương (a medal).' },
    COMMEMORATIVE_MEDAL: { description: 'Kỷ niệm chương (a commemorative medal of a sector or body).' },
    CERTIFICATE_OF_MERIT: {
      description: 'Bằng khen: of the Prime Minister, or of a ministry, province or the Front’s Central Committee.',
    },
    CERTIFICATE_OF_COMMENDATION: { description: 'Giấy khen (of a district, commune or agency head).' },
    EMULATION_FLAG: { description: 'Cờ thi đua (of the Government, or of a ministry or province).' },
    EMULATION_TITLE: {
      description:
        'An emulation title: Chiến sĩ thi đua, Lao động tiên tiến, Tập thể lao động xuất sắc, Gia đình văn hóa.',
    },
  },
});

/** Who confers a form. Each authority sits at one level of the administrative hierarchy. */
export enum ConferringAuthority {
  STATE_PRESIDENT = 'STATE_PRESIDENT',
  PRIME_MINISTER = 'PRIME_MINISTER',
  MINISTRY = 'MINISTRY',
  FRONT_CENTRAL_COMMITTEE = 'FRONT_CENTRAL_COMMITTEE',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

registerEnumType(ConferringAuthority, {
  name: 'ConferringAuthority',
  description: 'Who confers a commendation form; it fixes the level that decides a nomination for it.',
  valuesConfig: {
    STATE_PRESIDENT: { description: 'The State President (Chủ tịch nước): orders and medals. National level.' },
    PRIME_MINISTER: { description: 'The Prime Minister / the Government (Thủ tướng Chính phủ). National level.' },
    MINISTRY: { description: 'A minister or head of a central body (Bộ, ban, ngành). National level.' },
    FRONT_CENTRAL_COMMITTEE: {
      description: 'The Central Committee of the Vietnam Fatherland Front (Ủy ban Trung ương MTTQ). National level.',
    },
    PROVINCE: { description: "The chairman of a province's People's Committee. Provincial level." },
    DISTRICT: { description: "The chairman of a district's People's Committee (until 2025-06-30). District level." },
    COMMUNE: { description: "The chairman of a commune's People's Committee. Commune level." },
  },
});

/** The administrative level whose emulation board decides for an authority. */
export const authorityUnitLevel: Record<ConferringAuthority, UnitLevel> = {
  STATE_PRESIDENT: UnitLevel.NATION,
  PRIME_MINISTER: UnitLevel.NATION,
  MINISTRY: UnitLevel.NATION,
  FRONT_CENTRAL_COMMITTEE: UnitLevel.NATION,
  PROVINCE: UnitLevel.PROVINCE,
  DISTRICT: UnitLevel.DISTRICT,
  COMMUNE: UnitLevel.COMMUNE,
};

/** Who a commendation goes to. */
export enum RecipientKind {
  COLLECTIVE = 'COLLECTIVE',
  INDIVIDUAL = 'INDIVIDUAL',
  HOUSEHOLD = 'HOUSEHOLD',
  BUSINESS = 'BUSINESS',
}

registerEnumType(RecipientKind, {
  name: 'RecipientKind',
  description: 'Who a commendation goes to.',
  valuesConfig: {
    COLLECTIVE: { description: 'A collective (tập thể): an agency, organization, unit or village.' },
    INDIVIDUAL: { description: 'An individual (cá nhân).' },
    HOUSEHOLD: { description: 'A household (hộ gia đình). Its address is personal data and never public.' },
    BUSINESS: { description: 'A business (doanh nghiệp).' },
  },
});

/** Where a nomination (hồ sơ đề nghị) stands. */
export enum NominationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
  FORWARDED = 'FORWARDED',
  DECIDED = 'DECIDED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
  CONFERRED = 'CONFERRED',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(NominationStatus, {
  name: 'NominationStatus',
  description:
    'Where a nomination stands: DRAFT → SUBMITTED → REVIEWED → FORWARDED → DECIDED → CONFERRED → PUBLISHED, ' +
    'or REJECTED / RETURNED (a returned nomination can be corrected and submitted again).',
  valuesConfig: {
    DRAFT: { description: 'Being prepared by the proposing unit.' },
    SUBMITTED: { description: 'Submitted to the emulation council of the proposing unit.' },
    REVIEWED: { description: 'Approved by the council’s vote (meeting, members present, votes recorded).' },
    FORWARDED: { description: 'Sent to the conferring authority.' },
    DECIDED: { description: 'Awarded by a decision (number, date, signer): now in the registry.' },
    REJECTED: { description: 'Refused, with a reason (also when the council’s vote fails). Final.' },
    RETURNED: { description: 'Sent back with a reason; the proposing unit may correct and resubmit it.' },
    CONFERRED: { description: 'Handed over to the recipient.' },
    PUBLISHED: { description: 'Published: visible to the public (names, never household addresses).' },
  },
});

/** The machine-checkable conditions an eligibility rule can state; parameters live in the rule. */
export enum RuleCondition {
  PRIOR_COMMENDATION = 'PRIOR_COMMENDATION',
  CONSECUTIVE_GOOD_YEARS = 'CONSECUTIVE_GOOD_YEARS',
  NO_DUPLICATE_ACHIEVEMENT = 'NO_DUPLICATE_ACHIEVEMENT',
  NOT_UNDER_DISCIPLINE = 'NOT_UNDER_DISCIPLINE',
}

registerEnumType(RuleCondition, {
  name: 'RuleCondition',
  description: 'A condition over the recipient’s history that an eligibility rule checks.',
  valuesConfig: {
    PRIOR_COMMENDATION: {
      description:
        'The recipient already holds one of `priorFormCodes` (decided before the nomination date), within ' +
        '`withinYears` years when set.',
    },
    CONSECUTIVE_GOOD_YEARS: {
      description:
        'The nomination declares at least `years` consecutive years of excellent results, ending in the ' +
        'nomination’s year or the year before.',
    },
    NO_DUPLICATE_ACHIEVEMENT: {
      description:
        'One achievement, one form: no other live or awarded nomination of the recipient for the same campaign.',
    },
    NOT_UNDER_DISCIPLINE: { description: 'The recipient is not under discipline on the nomination date.' },
  },
});
