// Demo commendations from the seed reports. The figures are the reports'; the people are not named
// there, so names, decision numbers ("MH-…", minh họa) and dates are illustrative and say so.
// - 000_60f9f9c4b9ee4040.txt (Ninh Thuận, to the end of 2020): "03 cá nhân được tặng Bằng khen của Thủ
//   tướng Chính phủ và 40 Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh … 01 hộ dân nhận Bằng khen của Thủ
//   tướng Chính phủ, 04 hộ dân nhận Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh".
// - 001_ef16030326a36a2f.txt (Hà Quảng): "trình Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể và 01 cá
//   nhân có thành tích trong công tác giảm nghèo".

export type DemoRecipientKind = 'COLLECTIVE' | 'INDIVIDUAL' | 'HOUSEHOLD' | 'BUSINESS';

export interface DemoDecision {
  number: string;
  decidedOn: string;
  signerName: string;
  formCode: string;
  /** The conferring unit (the province, or VN for the Prime Minister). */
  unitCode: string;
  proposingUnitCode: string;
  campaignCode: string;
  awards: {
    kind: DemoRecipientKind;
    name: string;
    title?: string;
    unitCode: string;
    organizationKey?: string;
    address?: string;
  }[];
}

const NOTE = ' (họ tên minh họa: báo cáo tổng kết chỉ nêu số lượng)';
export const DEMO_ACHIEVEMENT_NT =
  'Có thành tích xuất sắc trong thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2016–2020 trên địa bàn tỉnh Ninh Thuận' +
  NOTE;
export const DEMO_ACHIEVEMENT_NT_HOUSEHOLD =
  'Hộ nghèo phấn đấu vươn lên thoát nghèo, trở thành hộ khá, giai đoạn 2016–2020' + NOTE;
export const DEMO_ACHIEVEMENT_HQ =
  'Có thành tích trong công tác giảm nghèo, Phong trào thi đua “Hà Quảng chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2016–2020' +
  NOTE;

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Chamaléa',
  'Katơr',
];
const MIDDLE = ['Văn', 'Thị', 'Ngọc', 'Minh', 'Thanh', 'Hữu', 'Đức'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Tuấn',
  'Vân',
  'Yến',
  'Xuân',
];
const TITLES = [
  { title: 'Cán bộ Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận', unitCode: '58' },
  { title: 'Cán bộ Sở Lao động – Thương binh và Xã hội tỉnh Ninh Thuận', unitCode: '58' },
  { title: 'Cán bộ Ủy ban MTTQ Việt Nam huyện Bác Ái', unitCode: '584' },
  { title: 'Trưởng thôn, xã Phước Bình, huyện Bác Ái', unitCode: '22783' },
  { title: 'Hội viên Hội Nông dân xã Phước Tiến, huyện Bác Ái', unitCode: '22792' },
];

/** The i-th illustrative person: distinct for i < 14 × 24. */
function person(i: number) {
  const name = `${SURNAMES[i % SURNAMES.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${GIVEN[(i * 5) % GIVEN.length]}`;
  const where = TITLES[i % TITLES.length]!;
  return { kind: 'INDIVIDUAL' as const, name, title: where.title, unitCode: where.unitCode };
}

const HOUSEHOLD_COMMUNES = [
  { unitCode: '22783', commune: 'xã Phước Bình' },
  { unitCode: '22792', commune: 'xã Phước Tiến' },
  { unitCode: '22798', commune: 'xã Phước Thành' },
];

function household(i: number) {
  const where = HOUSEHOLD_COMMUNES[i % HOUSEHOLD_COMMUNES.length]!;
  return {
    kind: 'HOUSEHOLD' as const,
    name: `Hộ ông ${SURNAMES[(i + 12) % SURNAMES.length]} ${MIDDLE[0]} ${GIVEN[(i * 7 + 3) % GIVEN.length]}`,
    unitCode: where.unitCode,
    address: `Thôn ${i + 1}, ${where.commune}, huyện Bác Ái, tỉnh Ninh Thuận`,
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

const provincial = (number: string, decidedOn: string, people: number[], households: number[]): DemoDecision => ({
  number,
  decidedOn,
  signerName: 'Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận',
  formCode: 'BK-TINH',
  unitCode: '58',
  proposingUnitCode: '58',
  campaignCode: 'NT-2016-2020',
  awards: [...people.map(person), ...households.map(household)],
});

export const demoDecisions: DemoDecision[] = [
  // 40 individuals and 4 households by the provincial chairman, over three years; the first three
  // individuals are those the Prime Minister commended in 2020, so they hold the prior provincial
  // Bằng khen the criteria ask for.
  provincial('MH-01/QĐ-UBND', '2018-10-30', range(0, 15), [0]),
  provincial('MH-02/QĐ-UBND', '2019-11-15', range(15, 27), [1, 2]),
  provincial('MH-03/QĐ-UBND', '2020-11-20', range(27, 40), [3]),
  {
    number: 'MH-04/QĐ-TTg',
    decidedOn: '2020-12-15',
    signerName: 'Thủ tướng Chính phủ',
    formCode: 'BK-TTG',
    unitCode: 'VN',
    proposingUnitCode: '58',
    campaignCode: 'NT-2016-2020',
    awards: [...range(0, 3).map(person), household(4)],
  },
  {
    number: 'MH-05/QĐ-UBND',
    decidedOn: '2020-12-10',
    signerName: 'Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng',
    formCode: 'BK-TINH',
    unitCode: '04',
    proposingUnitCode: '045',
    campaignCode: 'HQ-2016-2020',
    awards: [
      {
        kind: 'COLLECTIVE',
        name: 'Phòng Lao động – Thương binh và Xã hội huyện Hà Quảng',
        unitCode: '045',
        organizationKey: 'phong-ldtbxh-ha-quang',
      },
      {
        kind: 'INDIVIDUAL',
        name: 'Nông Văn Thắng',
        title: 'Cán bộ giảm nghèo xã Sóc Hà, huyện Hà Quảng',
        unitCode: '01417',
      },
    ],
  },
];
