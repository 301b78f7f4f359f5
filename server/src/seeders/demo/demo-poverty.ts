// Poverty statistics from shared/seeds. 000_60f9f9c4b9ee4040.txt (Sở LĐTBXH Ninh Thuận, posted
// 24/04/2021): "Đầu năm 2016, toàn tỉnh có 23.767 hộ nghèo chiếm tỷ lệ 14,93% … giảm còn 9.606 hộ
// (số liệu đến 31/12/2020) … 5,33% … bình quân mỗi năm giảm 1,92%"; ethnic-minority rate 38,77% →
// 16,18%. The seed states poor households and rates but not all households: totalHouseholds is the
// whole number that, with the stated poor count, gives the stated rate (23.767 / 159.190 = 14,93%;
// 9.606 / 180.225 = 5,33%). The ethnic-minority counts are not stated, so only the rates are kept,
// as reported. "Đầu năm 2016" is the review at the end of 2015, the period's baseline.

export interface DemoPovertyStatistic {
  unitCode: string;
  /** The day the unit was in force (for a code two units held in turn). */
  onDay: string;
  standardCode: string;
  year: number;
  totalHouseholds: number;
  poorHouseholds: number;
  reportedPoorRate?: string;
  reportedEthnicMinorityPoorRate?: string;
  source: string;
}

const NINH_THUAN_SOURCE =
  'Sở LĐTBXH Ninh Thuận: Kết quả thực hiện phong trào thi đua giai đoạn 2016–2020 trên địa bàn tỉnh (đăng ngày 24/04/2021)';

export const demoPovertyStatistics: DemoPovertyStatistic[] = [
  {
    unitCode: '58',
    onDay: '2020-12-31',
    standardCode: 'QD-59-2015',
    year: 2015,
    totalHouseholds: 159_190,
    poorHouseholds: 23_767,
    reportedPoorRate: '14.93',
    reportedEthnicMinorityPoorRate: '38.77',
    source: NINH_THUAN_SOURCE,
  },
  {
    unitCode: '58',
    onDay: '2020-12-31',
    standardCode: 'QD-59-2015',
    year: 2020,
    totalHouseholds: 180_225,
    poorHouseholds: 9_606,
    reportedPoorRate: '5.33',
    reportedEthnicMinorityPoorRate: '16.18',
    source: NINH_THUAN_SOURCE,
  },
];
