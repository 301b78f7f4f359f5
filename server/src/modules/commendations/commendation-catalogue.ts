// The reference catalogue: forms and titles under the Law on Emulation and Commendation 2022
// (Luật Thi đua, khen thưởng số 06/2022/QH15) and Decree 98/2023/NĐ-CP, and the eligibility rules
// the movement's boards apply. Cash rewards are multiples of the base salary (lương cơ sở) for an
// individual or household, and for a collective (twice the individual's, Decree 98/2023 Art. 73–75);
// null where the law sets none. Loaded at every start when missing (see seed-catalogue.ts); a
// system administrator may edit it afterwards through the API.
import {
  CommendationKind as K,
  ConferringAuthority as A,
  RecipientKind as R,
  RuleCondition as C,
} from './commendation-enums.js';
import type { RuleParams } from './commendation-rule.entity.js';

export interface CatalogueForm {
  code: string;
  name: string;
  kind: K;
  grade?: string;
  authority: A;
  recipientKinds: R[];
  cash?: string;
  collectiveCash?: string;
  legalBasis: string;
}

const LAW = 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP';
const ALL = [R.COLLECTIVE, R.INDIVIDUAL, R.HOUSEHOLD, R.BUSINESS];

export const catalogueForms: CatalogueForm[] = [
  {
    code: 'HC-SAO-VANG',
    name: 'Huân chương Sao vàng',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL],
    cash: '46.00',
    collectiveCash: '92.00',
    legalBasis: LAW,
  },
  {
    code: 'HC-HO-CHI-MINH',
    name: 'Huân chương Hồ Chí Minh',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL],
    cash: '30.50',
    collectiveCash: '61.00',
    legalBasis: LAW,
  },
  {
    code: 'HC-DOC-LAP-1',
    name: 'Huân chương Độc lập hạng Nhất',
    grade: 'Hạng Nhất',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL],
    cash: '15.00',
    collectiveCash: '30.00',
    legalBasis: LAW,
  },
  {
    code: 'HC-DOC-LAP-2',
    name: 'Huân chương Độc lập hạng Nhì',
    grade: 'Hạng Nhì',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL],
    cash: '12.50',
    collectiveCash: '25.00',
    legalBasis: LAW,
  },
  {
    code: 'HC-DOC-LAP-3',
    name: 'Huân chương Độc lập hạng Ba',
    grade: 'Hạng Ba',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL],
    cash: '10.50',
    collectiveCash: '21.00',
    legalBasis: LAW,
  },
  {
    code: 'HC-LAO-DONG-1',
    name: 'Huân chương Lao động hạng Nhất',
    grade: 'Hạng Nhất',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL, R.BUSINESS],
    cash: '9.00',
    collectiveCash: '18.00',
    legalBasis: LAW,
  },
  {
    code: 'HC-LAO-DONG-2',
    name: 'Huân chương Lao động hạng Nhì',
    grade: 'Hạng Nhì',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL, R.BUSINESS],
    cash: '7.50',
    collectiveCash: '15.00',
    legalBasis: LAW,
  },
  {
    code: 'HC-LAO-DONG-3',
    name: 'Huân chương Lao động hạng Ba',
    grade: 'Hạng Ba',
    kind: K.ORDER,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.COLLECTIVE, R.INDIVIDUAL, R.BUSINESS],
    cash: '4.50',
    collectiveCash: '9.00',
    legalBasis: LAW,
  },
  {
    code: 'HUY-CHUONG-HUU-NGHI',
    name: 'Huy chương Hữu nghị',
    kind: K.MEDAL,
    authority: A.STATE_PRESIDENT,
    recipientKinds: [R.INDIVIDUAL],
    cash: '1.50',
    legalBasis: LAW,
  },
  {
    code: 'KNC-DAI-DOAN-KET',
    name: 'Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”',
    kind: K.COMMEMORATIVE_MEDAL,
    authority: A.FRONT_CENTRAL_COMMITTEE,
    recipientKinds: [R.INDIVIDUAL],
    legalBasis: 'Quy định của Ủy ban Trung ương MTTQ Việt Nam',
  },
  {
    code: 'BK-TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    kind: K.CERTIFICATE_OF_MERIT,
    authority: A.PRIME_MINISTER,
    recipientKinds: ALL,
    cash: '1.00',
    collectiveCash: '2.00',
    legalBasis: LAW,
  },
  {
    code: 'BK-BO',
    name: 'Bằng khen của Bộ trưởng, Thủ trưởng cơ quan trung ương',
    kind: K.CERTIFICATE_OF_MERIT,
    authority: A.MINISTRY,
    recipientKinds: ALL,
    cash: '1.00',
    collectiveCash: '2.00',
    legalBasis: LAW,
  },
  {
    code: 'BK-MTTW',
    name: 'Bằng khen của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    kind: K.CERTIFICATE_OF_MERIT,
    authority: A.FRONT_CENTRAL_COMMITTEE,
    recipientKinds: ALL,
    cash: '1.00',
    collectiveCash: '2.00',
    legalBasis: LAW,
  },
  {
    code: 'BK-TINH',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    kind: K.CERTIFICATE_OF_MERIT,
    authority: A.PROVINCE,
    recipientKinds: ALL,
    cash: '1.00',
    collectiveCash: '2.00',
    legalBasis: LAW,
  },
  {
    code: 'GK-HUYEN',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
    kind: K.CERTIFICATE_OF_COMMENDATION,
    authority: A.DISTRICT,
    recipientKinds: ALL,
    cash: '0.30',
    collectiveCash: '0.60',
    legalBasis: LAW,
  },
  {
    code: 'GK-XA',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã',
    kind: K.CERTIFICATE_OF_COMMENDATION,
    authority: A.COMMUNE,
    recipientKinds: ALL,
    cash: '0.30',
    collectiveCash: '0.60',
    legalBasis: LAW,
  },
  {
    code: 'CO-TD-CP',
    name: 'Cờ thi đua của Chính phủ',
    kind: K.EMULATION_FLAG,
    authority: A.PRIME_MINISTER,
    recipientKinds: [R.COLLECTIVE, R.BUSINESS],
    collectiveCash: '12.00',
    legalBasis: LAW,
  },
  {
    code: 'CO-TD-TINH',
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    kind: K.EMULATION_FLAG,
    authority: A.PROVINCE,
    recipientKinds: [R.COLLECTIVE, R.BUSINESS],
    collectiveCash: '8.00',
    legalBasis: LAW,
  },
  {
    code: 'CSTD-TOAN-QUOC',
    name: 'Chiến sĩ thi đua toàn quốc',
    kind: K.EMULATION_TITLE,
    authority: A.PRIME_MINISTER,
    recipientKinds: [R.INDIVIDUAL],
    cash: '4.50',
    legalBasis: LAW,
  },
  {
    code: 'CSTD-TINH',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    kind: K.EMULATION_TITLE,
    authority: A.PROVINCE,
    recipientKinds: [R.INDIVIDUAL],
    cash: '3.00',
    legalBasis: LAW,
  },
  {
    code: 'CSTD-CO-SO',
    name: 'Chiến sĩ thi đua cơ sở',
    kind: K.EMULATION_TITLE,
    authority: A.DISTRICT,
    recipientKinds: [R.INDIVIDUAL],
    cash: '1.00',
    legalBasis: LAW,
  },
  {
    code: 'LD-TIEN-TIEN',
    name: 'Lao động tiên tiến',
    kind: K.EMULATION_TITLE,
    authority: A.DISTRICT,
    recipientKinds: [R.INDIVIDUAL],
    cash: '0.30',
    legalBasis: LAW,
  },
  {
    code: 'TT-LD-XUAT-SAC',
    name: 'Tập thể lao động xuất sắc',
    kind: K.EMULATION_TITLE,
    authority: A.PROVINCE,
    recipientKinds: [R.COLLECTIVE],
    collectiveCash: '1.50',
    legalBasis: LAW,
  },
  {
    code: 'GD-VAN-HOA',
    name: 'Gia đình văn hóa',
    kind: K.EMULATION_TITLE,
    authority: A.COMMUNE,
    recipientKinds: [R.HOUSEHOLD],
    legalBasis: LAW,
  },
];

export interface CatalogueRule {
  code: string;
  formCode?: string;
  recipientKinds: R[];
  condition: C;
  params: RuleParams;
  effectiveFrom: string;
  effectiveTo?: string;
  description: string;
  legalBasis: string;
}

const PROVINCE_LEVEL_MERIT = ['BK-TINH', 'BK-BO', 'BK-MTTW'];

// The Prime Minister's Bằng khen for an individual: under Decree 91/2017 and again under Decree
// 98/2023 it needs a ministry/province-level Bằng khen first and five consecutive years of excellent
// results. Two versions, so a nomination is judged by the rules of its own date.
export const catalogueRules: CatalogueRule[] = [
  {
    code: 'ALL-NO-DUPLICATE-2004',
    recipientKinds: [],
    condition: C.NO_DUPLICATE_ACHIEVEMENT,
    params: {},
    effectiveFrom: '2004-01-01',
    description: 'Một thành tích chỉ được đề nghị một hình thức khen thưởng',
    legalBasis: 'Luật Thi đua, khen thưởng 2003, Điều 6; Luật Thi đua, khen thưởng 2022, Điều 5',
  },
  {
    code: 'ALL-NOT-DISCIPLINED-2004',
    recipientKinds: [],
    condition: C.NOT_UNDER_DISCIPLINE,
    params: {},
    effectiveFrom: '2004-01-01',
    description: 'Không xét khen thưởng đối tượng đang trong thời gian thi hành kỷ luật',
    legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 5',
  },
  {
    code: 'BK-TTG-CN-PRIOR-2017',
    formCode: 'BK-TTG',
    recipientKinds: [R.INDIVIDUAL],
    condition: C.PRIOR_COMMENDATION,
    params: { priorFormCodes: PROVINCE_LEVEL_MERIT },
    effectiveFrom: '2017-07-31',
    effectiveTo: '2023-12-31',
    description: 'Đã được tặng Bằng khen cấp bộ, ngành, tỉnh hoặc đoàn thể trung ương',
    legalBasis: 'Nghị định 91/2017/NĐ-CP, Điều 38',
  },
  {
    code: 'BK-TTG-CN-YEARS-2017',
    formCode: 'BK-TTG',
    recipientKinds: [R.INDIVIDUAL],
    condition: C.CONSECUTIVE_GOOD_YEARS,
    params: { years: 5 },
    effectiveFrom: '2017-07-31',
    effectiveTo: '2023-12-31',
    description: 'Có 05 năm liên tục trở lên hoàn thành xuất sắc nhiệm vụ',
    legalBasis: 'Nghị định 91/2017/NĐ-CP, Điều 38',
  },
  {
    code: 'BK-TTG-CN-PRIOR-2024',
    formCode: 'BK-TTG',
    recipientKinds: [R.INDIVIDUAL],
    condition: C.PRIOR_COMMENDATION,
    params: { priorFormCodes: PROVINCE_LEVEL_MERIT },
    effectiveFrom: '2024-01-01',
    description: 'Đã được tặng Bằng khen cấp bộ, ngành, tỉnh hoặc đoàn thể trung ương',
    legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 71; Nghị định 98/2023/NĐ-CP',
  },
  {
    code: 'BK-TTG-CN-YEARS-2024',
    formCode: 'BK-TTG',
    recipientKinds: [R.INDIVIDUAL],
    condition: C.CONSECUTIVE_GOOD_YEARS,
    params: { years: 5 },
    effectiveFrom: '2024-01-01',
    description: 'Có 05 năm liên tục trở lên hoàn thành xuất sắc nhiệm vụ',
    legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 71; Nghị định 98/2023/NĐ-CP',
  },
];
