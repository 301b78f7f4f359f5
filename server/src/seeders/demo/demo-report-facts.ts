// The facts behind the seed reports' summaries: plans, activities, exemplary people and models, and
// figures as the reports state them (with their parts), so that the demo reproduces each article's
// figures, including its one real mismatch. Quotes are from ../shared/seeds:
// - 000_60f9f9c4b9ee4040.txt, Ninh Thuận 2016–2020 (Sở LĐTBXH, 24/04/2021)
// - 001_ef16030326a36a2f.txt, Hà Quảng (báo cáo tổng kết of UBND huyện, 16/09/2020)
// - 002_14c275fa097dccd8.txt, Thừa Thiên Huế 2016–2020 (hội nghị tổng kết 17/3/2021)
// - 003_1e96ee76056eacdd.txt, Cần Thơ (hội nghị 05/4/2023)
// - 004_472016be3d0d4bd0.txt, Tây Ninh (Kế hoạch 490/KH-UBND, 13/3/2020)

export interface DemoPlan {
  campaignCode: string;
  unitCode: string;
  /** The day the unit was in force (for a code two units held in turn). */
  onDay: string;
  kind: 'POOR_RATE_REDUCTION' | 'ETHNIC_MINORITY_POOR_RATE_REDUCTION' | 'MONEY_TO_RAISE';
  fromYear: number;
  toYear: number;
  min?: string;
  max?: string;
  money?: string;
  source: string;
}

export interface DemoActivity {
  campaignCode: string;
  unitCode: string;
  onDay: string;
  kind:
    | 'PANEL'
    | 'BANNER'
    | 'LEAFLET'
    | 'HANDBOOK'
    | 'DISC'
    | 'NEWS_ARTICLE'
    | 'BROADCAST'
    | 'POLICY_DIALOGUE'
    | 'TRAINING_COURSE'
    | 'PROPAGANDA_SESSION'
    | 'CONFERENCE'
    | 'OTHER';
  count: number;
  participants?: number;
  fromYear: number;
  toYear: number;
  note: string;
}

export interface DemoExemplar {
  campaignCode: string;
  unitCode: string;
  onDay: string;
  kind: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD' | 'MODEL';
  name: string;
  place?: string;
  description: string;
  replicated: boolean;
  replicationCount?: number;
  replicatedWhere?: string;
}

export interface DemoFigure {
  /** Stable key: parts name their total by it. */
  key: string;
  campaignCode: string;
  unitCode: string;
  onDay: string;
  parentKey?: string;
  label: string;
  money?: string;
  count?: string;
  countUnit?: string;
  claims?: {
    fact: string;
    purpose?: string;
    formCode?: string;
    recipientKind?: string;
    fromYear?: number;
    toYear?: number;
  };
  source: string;
}

const NT = 'Sở LĐTBXH Ninh Thuận, Kết quả thực hiện phong trào thi đua giai đoạn 2016–2020 (24/04/2021)';
const HQ = 'UBND huyện Hà Quảng, Báo cáo tổng kết phong trào thi đua (16/09/2020)';
const TTH = 'Hội nghị tổng kết công tác giảm nghèo giai đoạn 2016–2020 tỉnh Thừa Thiên Huế (17/3/2021)';
const CT = 'Hội nghị đẩy mạnh phong trào thi đua giai đoạn 2021–2025, Cần Thơ (05/4/2023)';
const TN = 'Kế hoạch số 490/KH-UBND ngày 13/3/2020 của UBND tỉnh Tây Ninh';

const ninhThuan = { campaignCode: 'NT-2016-2020', unitCode: '58', onDay: '2020-12-31' };
const haQuang = { campaignCode: 'HQ-2016-2020', unitCode: '045', onDay: '2020-06-30' };

export const demoPlans: DemoPlan[] = [
  // "Bình quân mỗi năm giảm 4,52%, vượt kế hoạch đề ra (kế hoạch đề ra bình quân mỗi năm giảm 3-4% tỷ
  // lệ hộ nghèo dân tộc thiểu số trên tổng số hộ dân tộc thiểu số)".
  {
    ...ninhThuan,
    kind: 'ETHNIC_MINORITY_POOR_RATE_REDUCTION',
    fromYear: 2016,
    toYear: 2020,
    min: '3',
    max: '4',
    source: `${NT}: kế hoạch đề ra bình quân mỗi năm giảm 3–4% tỷ lệ hộ nghèo dân tộc thiểu số`,
  },
  // "Đề án 406/ĐA … 1.000 con bò cho 750 hộ với tổng kinh phí vận động là 19 tỷ đồng".
  {
    campaignCode: 'BA-406-DA',
    unitCode: '584',
    onDay: '2020-12-31',
    kind: 'MONEY_TO_RAISE',
    fromYear: 2017,
    toYear: 2020,
    money: '19000000000',
    source: `${NT}: Đề án 406/ĐA, tổng kinh phí vận động 19 tỷ đồng`,
  },
  // "giảm tỷ lệ hộ nghèo trung bình trên 5%, đạt 100% KH của Nghị quyết HĐND huyện" (2016–2019). The
  // district's yearly counts are not in the seed, so the result stays empty until they are recorded.
  {
    ...haQuang,
    kind: 'POOR_RATE_REDUCTION',
    fromYear: 2016,
    toYear: 2019,
    min: '5',
    source: `${HQ}: kế hoạch của Nghị quyết HĐND huyện`,
  },
  // "vượt chỉ tiêu giảm tỷ lệ hộ nghèo Chính phủ giao là 0,87%/năm, Nghị quyết Tỉnh uỷ giao 0,9%/năm".
  {
    campaignCode: 'TTH-2016-2020',
    unitCode: '46',
    onDay: '2020-12-31',
    kind: 'POOR_RATE_REDUCTION',
    fromYear: 2016,
    toYear: 2020,
    min: '0.9',
    source: `${TTH}: chỉ tiêu Nghị quyết số 04-NQ/TU của Tỉnh ủy (Chính phủ giao 0,87%/năm)`,
  },
];

const ntActivity = (kind: DemoActivity['kind'], count: number, note: string, participants?: number): DemoActivity => ({
  ...ninhThuan,
  kind,
  count,
  participants,
  fromYear: 2016,
  toYear: 2020,
  note,
});

export const demoActivities: DemoActivity[] = [
  ntActivity(
    'PANEL',
    15,
    'Pa-nô trên địa bàn các huyện, thành phố với chủ đề “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”',
  ),
  ntActivity('BANNER', 125, 'Băng rôn tại các trục đường chính trên địa bàn xã, phường, thị trấn'),
  ntActivity('DISC', 150, 'Đĩa thông tin về giảm nghèo'),
  ntActivity('HANDBOOK', 250, 'Sổ tay giảm nghèo về thông tin'),
  ntActivity('LEAFLET', 1000, 'Tờ rơi Hỏi đáp về pháp luật lĩnh vực Thông tin và Truyền thông'),
  ntActivity('TRAINING_COURSE', 2, 'Lớp tập huấn cán bộ thông tin cơ sở tại các xã, thị trấn', 70),
  ntActivity(
    'POLICY_DIALOGUE',
    21,
    'Đối thoại chính sách giảm nghèo cho hơn 40.000 lượt hộ nghèo, hộ cận nghèo và cộng đồng',
    40000,
  ),
  ntActivity('LEAFLET', 35000, 'Tờ rơi cung cấp cho Ban Chỉ đạo các Chương trình mục tiêu quốc gia các cấp'),
  ntActivity('HANDBOOK', 800, 'Sổ tay giảm nghèo cung cấp cho Ban Chỉ đạo các Chương trình mục tiêu quốc gia các cấp'),
  // "mở các lớp đào tạo nghề cho lao động nông thôn dưới 03 tháng tại huyện được 20 lớp …, số học viên
  // đào tạo là 905 học viên".
  {
    ...haQuang,
    kind: 'TRAINING_COURSE',
    count: 20,
    participants: 905,
    fromYear: 2016,
    toYear: 2020,
    note: 'Lớp đào tạo nghề cho lao động nông thôn dưới 03 tháng tại huyện',
  },
  // "Hội nghị tuyên truyền, phổ biến pháp luật … quý I, quý II, quý III hàng năm": three a year; the
  // attendance is not stated.
  {
    ...haQuang,
    kind: 'CONFERENCE',
    count: 3,
    fromYear: 2019,
    toYear: 2019,
    note: 'Hội nghị phổ biến pháp luật quý I, II, III lồng ghép tuyên truyền chính sách giảm nghèo (mỗi năm 3 hội nghị)',
  },
];

const hqPerson = (name: string, unitCode: string, place: string, description: string): DemoExemplar => ({
  ...haQuang,
  unitCode,
  kind: 'PERSON',
  name,
  place,
  description,
  replicated: false,
});

const ntModel = (name: string): DemoExemplar => ({
  ...ninhThuan,
  kind: 'MODEL',
  name,
  description:
    'Mô hình giảm nghèo hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế tại các xã, thôn đặc biệt khó khăn (cùng các mô hình khác cho 3.025 hộ thụ hưởng giai đoạn 2016–2020).',
  replicated: true,
  replicatedWhere: 'Các xã, thôn đặc biệt khó khăn của tỉnh',
});

export const demoExemplars: DemoExemplar[] = [
  hqPerson(
    'Bà Lý Thị Nga',
    '01392',
    'Tổ Xuân Lộc, thị trấn Xuân Hòa',
    'Điển hình tiên tiến trong phong trào thi đua “Hà Quảng chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”.',
  ),
  hqPerson(
    'Ông Vương Hùng Nam',
    '01378',
    'Xóm Hòa Chung, xã Ngọc Động',
    'Điển hình tiên tiến trong phong trào thi đua “Hà Quảng chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”.',
  ),
  hqPerson(
    'Bà Hoàng Thị Chi',
    '01438',
    'Xóm Đào Nam, xã Ngọc Đào',
    'Điển hình trong phong trào xây dựng nông thôn mới.',
  ),
  hqPerson(
    'Ông Trịnh Văn Khe',
    '01375',
    'Xóm Pác Ngàm, xã Đa Thông',
    'Điển hình trong phong trào xây dựng nông thôn mới.',
  ),
  ntModel('Mô hình chăn nuôi bò sinh sản'),
  ntModel('Mô hình chăn nuôi dê sinh sản'),
  ntModel('Mô hình trồng cây dưới tán rừng'),
  ntModel('Mô hình trồng bưởi da xanh'),
  {
    campaignCode: 'BA-406-DA',
    unitCode: '584',
    onDay: '2020-12-31',
    kind: 'MODEL',
    name: 'Đề án 406/ĐA: bò cái giống sinh sản cho hộ nghèo đồng bào dân tộc thiểu số',
    description:
      'Hỗ trợ 1.000 con bò cái giống sinh sản cho 750 hộ nghèo đồng bào dân tộc thiểu số huyện Bác Ái; tổng kinh phí vận động 19 tỷ đồng.',
    replicated: false,
  },
  // "Mô hình Đan thảm lục bình ở Cờ Đỏ, Cần Thơ giải quyết việc làm cho hội viên phụ nữ khmer"; the 33
  // models "được nhân rộng" are not named one by one.
  {
    campaignCode: 'CT-2021-2025',
    unitCode: '925',
    onDay: '2022-12-31',
    kind: 'MODEL',
    name: 'Mô hình đan thảm lục bình',
    place: 'Huyện Cờ Đỏ',
    description: 'Giải quyết việc làm cho hội viên phụ nữ Khmer, giúp nhiều hộ vươn lên thoát nghèo bền vững.',
    replicated: false,
  },
];

export const demoFigures: DemoFigure[] = [
  // Hà Quảng: "kinh phí được hỗ trợ cả giai đoạn là 84.184,73 triệu đồng (trong đó hỗ trợ theo nghị
  // quyết 30a là 62.176,12 triệu đồng, chương trình 135 là 21.972,61 triệu đồng)". The parts add up to
  // 84.148,73 triệu: the stated total is 36 triệu more — the seed's real mismatch.
  {
    ...haQuang,
    key: 'hq-production',
    label: 'Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo giai đoạn 2016–2020',
    money: '84184730000',
    source: HQ,
  },
  {
    ...haQuang,
    key: 'hq-production-30a',
    parentKey: 'hq-production',
    label: 'Theo Nghị quyết 30a',
    money: '62176120000',
    source: HQ,
  },
  {
    ...haQuang,
    key: 'hq-production-135',
    parentKey: 'hq-production',
    label: 'Chương trình 135',
    money: '21972610000',
    source: HQ,
  },
  // "đào tạo nghề được 5.347 lượt người": 905 in the district's short courses + 4.442 at schools. Adds up.
  {
    ...haQuang,
    key: 'hq-training',
    label: 'Đào tạo nghề cho lao động nông thôn (2015–2019)',
    count: '5347',
    countUnit: 'lượt người',
    source: HQ,
  },
  {
    ...haQuang,
    key: 'hq-training-short',
    parentKey: 'hq-training',
    label: 'Lớp đào tạo nghề dưới 03 tháng tại huyện (20 lớp)',
    count: '905',
    countUnit: 'học viên',
    source: HQ,
  },
  {
    ...haQuang,
    key: 'hq-training-schools',
    parentKey: 'hq-training',
    label: 'Học nghề tại các trường trung cấp, cao đẳng',
    count: '4442',
    countUnit: 'học viên',
    source: HQ,
  },
  // "số hộ được hỗ trợ 114 hộ, với tổng kinh phí 3.935,745 triệu đồng": the demo ledger's house support.
  {
    ...haQuang,
    key: 'hq-houses',
    label: 'Làm mới và sửa chữa nhà ở cho người nghèo, hộ có công (114 hộ)',
    money: '3935745000',
    claims: { fact: 'SUPPORT_AMOUNT', purpose: 'HOUSE_REPAIR' },
    source: HQ,
  },
  {
    ...haQuang,
    key: 'hq-houses-households',
    label: 'Số hộ được hỗ trợ làm mới và sửa chữa nhà ở',
    count: '114',
    countUnit: 'hộ',
    claims: { fact: 'HOUSEHOLDS_SUPPORTED', purpose: 'HOUSE_REPAIR' },
    source: HQ,
  },
  // "trình Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể và 01 cá nhân".
  {
    ...haQuang,
    key: 'hq-bk-collective',
    label: 'Bằng khen của Chủ tịch UBND tỉnh tặng tập thể',
    count: '1',
    countUnit: 'tập thể',
    claims: { fact: 'COMMENDATIONS', formCode: 'BK-TINH', recipientKind: 'COLLECTIVE' },
    source: HQ,
  },
  {
    ...haQuang,
    key: 'hq-bk-individual',
    label: 'Bằng khen của Chủ tịch UBND tỉnh tặng cá nhân',
    count: '1',
    countUnit: 'cá nhân',
    claims: { fact: 'COMMENDATIONS', formCode: 'BK-TINH', recipientKind: 'INDIVIDUAL' },
    source: HQ,
  },
  // Ninh Thuận: "Đầu năm 2016, toàn tỉnh có 23.767 hộ nghèo" and "giảm còn 9.606 hộ (số liệu đến
  // 31/12/2020)", against the poverty statistics.
  {
    ...ninhThuan,
    key: 'nt-poor-2015',
    label: 'Số hộ nghèo đầu năm 2016',
    count: '23767',
    countUnit: 'hộ',
    claims: { fact: 'POOR_HOUSEHOLDS', toYear: 2015 },
    source: NT,
  },
  {
    ...ninhThuan,
    key: 'nt-poor-2020',
    label: 'Số hộ nghèo đến 31/12/2020',
    count: '9606',
    countUnit: 'hộ',
    claims: { fact: 'POOR_HOUSEHOLDS', toYear: 2020 },
    source: NT,
  },
  // "03 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ và 40 Bằng khen của Chủ tịch Ủy ban nhân
  // dân tỉnh … 01 hộ dân nhận Bằng khen của Thủ tướng Chính phủ, 04 hộ dân nhận Bằng khen của Chủ tịch".
  {
    ...ninhThuan,
    key: 'nt-bk-ttg-individual',
    label: 'Cá nhân được tặng Bằng khen của Thủ tướng Chính phủ',
    count: '3',
    countUnit: 'cá nhân',
    claims: { fact: 'COMMENDATIONS', formCode: 'BK-TTG', recipientKind: 'INDIVIDUAL' },
    source: NT,
  },
  {
    ...ninhThuan,
    key: 'nt-bk-tinh-individual',
    label: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    count: '40',
    countUnit: 'cá nhân',
    claims: { fact: 'COMMENDATIONS', formCode: 'BK-TINH', recipientKind: 'INDIVIDUAL' },
    source: NT,
  },
  {
    ...ninhThuan,
    key: 'nt-bk-ttg-household',
    label: 'Hộ dân nhận Bằng khen của Thủ tướng Chính phủ',
    count: '1',
    countUnit: 'hộ',
    claims: { fact: 'COMMENDATIONS', formCode: 'BK-TTG', recipientKind: 'HOUSEHOLD' },
    source: NT,
  },
  {
    ...ninhThuan,
    key: 'nt-bk-tinh-household',
    label: 'Hộ dân nhận Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    count: '4',
    countUnit: 'hộ',
    claims: { fact: 'COMMENDATIONS', formCode: 'BK-TINH', recipientKind: 'HOUSEHOLD' },
    source: NT,
  },
  // "hỗ trợ 1.000 con bò cho 750 hộ với tổng kinh phí vận động là 19 tỷ đồng": the cows in the ledger.
  {
    campaignCode: 'BA-406-DA',
    unitCode: '584',
    onDay: '2020-12-31',
    key: 'ba-cows',
    label: 'Tổng kinh phí vận động Đề án 406/ĐA (1.000 con bò cho 750 hộ)',
    money: '19000000000',
    claims: { fact: 'FUNDS_RAISED_TOTAL' },
    source: NT,
  },
  {
    campaignCode: 'BA-406-DA',
    unitCode: '584',
    onDay: '2020-12-31',
    key: 'ba-cows-households',
    label: 'Số hộ nghèo đồng bào dân tộc thiểu số được hỗ trợ bò cái giống sinh sản',
    count: '750',
    countUnit: 'hộ',
    claims: { fact: 'HOUSEHOLDS_SUPPORTED', purpose: 'PRODUCTION' },
    source: NT,
  },
  // Tây Ninh: "1.049 hộ nghèo có khả năng thoát nghèo với 2.598 người gồm: 575 người đang đi học, 195
  // người có việc làm, 1.147 người không khả năng lao động … và 681 người có khả năng lao động". Adds up.
  {
    campaignCode: 'TN-490-2020',
    unitCode: '72',
    onDay: '2020-03-13',
    key: 'tn-people',
    label: 'Người trong 1.049 hộ nghèo có khả năng thoát nghèo (rà soát năm 2019)',
    count: '2598',
    countUnit: 'người',
    source: TN,
  },
  ...(
    [
      ['tn-people-school', 'Đang đi học', '575'],
      ['tn-people-employed', 'Có việc làm', '195'],
      ['tn-people-unable', 'Không khả năng lao động (người cao tuổi, bệnh tật, tâm thần…)', '1147'],
      ['tn-people-able', 'Có khả năng lao động, cần hỗ trợ tạo việc làm', '681'],
    ] as const
  ).map(([key, label, count]) => ({
    campaignCode: 'TN-490-2020',
    unitCode: '72',
    onDay: '2020-03-13',
    key,
    parentKey: 'tn-people',
    label,
    count,
    countUnit: 'người',
    source: TN,
  })),
  // Thừa Thiên Huế: "cán bộ … thuộc 57 cơ quan, đơn vị, trường học … giúp đỡ … tại 19 xã có tỷ lệ hộ
  // nghèo trên 25%".
  {
    campaignCode: 'TTH-2016-2020',
    unitCode: '46',
    onDay: '2020-12-31',
    key: 'tth-agencies',
    label: 'Cơ quan, đơn vị, trường học giúp đỡ hộ nghèo tại 19 xã có tỷ lệ hộ nghèo trên 25%',
    count: '57',
    countUnit: 'cơ quan, đơn vị',
    source: TTH,
  },
  // Cần Thơ: "trong 10 năm qua thành phố có 147 mô hình sinh kế giảm nghèo … Hiện nay, thành phố có 33
  // mô hình sinh kế/giảm nghèo đang thực hiện rất tốt"; "1.009 hộ nghèo vươn lên thoát nghèo" (2022).
  {
    campaignCode: 'CT-2021-2025',
    unitCode: '92',
    onDay: '2022-12-31',
    key: 'ct-models',
    label: 'Mô hình sinh kế/giảm nghèo đang thực hiện, được nhân rộng',
    count: '33',
    countUnit: 'mô hình',
    source: CT,
  },
  {
    campaignCode: 'CT-2021-2025',
    unitCode: '92',
    onDay: '2022-12-31',
    key: 'ct-escaped-2022',
    label: 'Hộ nghèo vươn lên thoát nghèo qua rà soát cuối năm 2022',
    count: '1009',
    countUnit: 'hộ',
    source: CT,
  },
];
