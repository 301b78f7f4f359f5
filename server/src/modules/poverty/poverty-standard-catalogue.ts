// The national poverty standards, as their legal texts set them. Loaded at every start when
// missing (seed-poverty-standards.ts): reference data every database needs, not demo data.
// The 2026–2030 standard is not listed: add it here (a new code) once its text is settled; nothing
// in the code depends on which standards exist.
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
];
