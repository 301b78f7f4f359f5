// The national poverty standards, as their legal texts set them. Loaded at every start when
// missing (seed-poverty-standards.ts): reference data every database needs, not demo data.
// A new standard is a new entry (a new code); nothing in the code depends on which standards
// exist. An entry whose text we could not check against the official gazette is `provisional`,
// with a `note` saying what is and is not verified: it is shown as such, never as law.
import { PovertyArea, PovertyCategory } from './poverty-enums.js';
import type { PovertyThreshold } from './poverty-standard.entity.js';

export interface CatalogueStandard {
  code: string;
  name: string;
  legalBasis: string;
  fromYear: number;
  toYear: number;
  multidimensional: boolean;
  deprivationIndicators: number | null;
  thresholds: PovertyThreshold[];
  description: string;
  provisional?: boolean;
  note?: string | null;
}

const line = (
  category: PovertyCategory,
  area: PovertyArea,
  incomeAbove: string | null,
  incomeAtMost: string,
  minDeprivations: number | null,
  maxDeprivations: number | null,
): PovertyThreshold => ({ category, area, incomeAbove, incomeAtMost, minDeprivations, maxDeprivations });

const { POOR, NEAR_POOR } = PovertyCategory;
const { RURAL, URBAN } = PovertyArea;

export const catalogueStandards: CatalogueStandard[] = [
  {
    code: 'QD-59-2015',
    name: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020',
    legalBasis: 'Quyết định số 59/2015/QĐ-TTg ngày 19/11/2015 của Thủ tướng Chính phủ',
    fromYear: 2016,
    toYear: 2020,
    multidimensional: true,
    deprivationIndicators: 10,
    thresholds: [
      // Poor: income at most the poverty line, or between it and the near-poverty line while
      // lacking 3 or more of the 10 indicators.
      line(POOR, RURAL, null, '700000', null, null),
      line(POOR, RURAL, '700000', '1000000', 3, null),
      line(POOR, URBAN, null, '900000', null, null),
      line(POOR, URBAN, '900000', '1300000', 3, null),
      line(NEAR_POOR, RURAL, '700000', '1000000', null, 2),
      line(NEAR_POOR, URBAN, '900000', '1300000', null, 2),
    ],
    description:
      'Thu nhập bình quân đầu người/tháng: nông thôn 700.000 đồng (nghèo) – 1.000.000 đồng (cận nghèo), thành thị 900.000 – 1.300.000 đồng; thiếu hụt 10 chỉ số dịch vụ xã hội cơ bản.',
  },
  {
    code: 'ND-07-2021',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
    legalBasis: 'Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ',
    fromYear: 2022,
    toYear: 2025,
    multidimensional: true,
    deprivationIndicators: 12,
    thresholds: [
      // Poor: income at most the line and lacking 3 or more of the 12 indicators; near-poor: the
      // same income, lacking fewer than 3.
      line(POOR, RURAL, null, '1500000', 3, null),
      line(POOR, URBAN, null, '2000000', 3, null),
      line(NEAR_POOR, RURAL, null, '1500000', null, 2),
      line(NEAR_POOR, URBAN, null, '2000000', null, 2),
    ],
    description:
      'Thu nhập bình quân đầu người/tháng từ 1.500.000 đồng trở xuống ở nông thôn, từ 2.000.000 đồng trở xuống ở thành thị; hộ nghèo thiếu hụt từ 3 trong 12 chỉ số dịch vụ xã hội cơ bản trở lên, hộ cận nghèo thiếu hụt dưới 3 chỉ số.',
  },
  {
    // Thresholds as reported by the press (Huế Ngày Nay, "Chuẩn nghèo đa chiều quốc gia giai đoạn
    // 2026–2030"): 2026 keeps Decree 07/2021's lines, so this standard governs 2027–2030 and the
    // review at the end of 2026 is its baseline. The decree's number and date, and its list of
    // deprivation indicators, were not verified: hence provisional, and no indicator count.
    code: 'CN-2026-2030',
    name: 'Chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030',
    legalBasis:
      'Nghị định của Chính phủ quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030 (số hiệu chưa đối chiếu)',
    fromYear: 2027,
    toYear: 2030,
    multidimensional: true,
    deprivationIndicators: null,
    thresholds: [
      line(POOR, RURAL, null, '2200000', 3, null),
      line(POOR, URBAN, null, '2800000', 3, null),
      line(NEAR_POOR, RURAL, null, '2200000', null, 2),
      line(NEAR_POOR, URBAN, null, '2800000', null, 2),
    ],
    description:
      'Thu nhập bình quân đầu người/tháng từ 2.200.000 đồng trở xuống ở nông thôn, từ 2.800.000 đồng trở xuống ở đô thị; hộ nghèo thiếu hụt từ 3 chỉ số dịch vụ xã hội cơ bản trở lên, hộ cận nghèo thiếu hụt dưới 3 chỉ số. Năm 2026 tiếp tục áp dụng chuẩn nghèo theo Nghị định 07/2021/NĐ-CP.',
    provisional: true,
    note: 'Tạm ghi theo tin báo chí: mức thu nhập và quy tắc thiếu hụt đã đối chiếu; số hiệu, ngày ban hành và danh mục chỉ số thiếu hụt chưa đối chiếu với văn bản gốc. / Provisional, from press reports: income lines and the deprivation rule checked; the decree’s number, date and list of indicators not yet checked against the official text.',
  },
];
