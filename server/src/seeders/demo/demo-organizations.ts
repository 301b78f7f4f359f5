// Demo organizations named in (or directly implied by) the five seed articles in shared/seeds.
// Front committees chain up to the Front committee one level higher; departments, the district
// People's Committees and the Social Policy Bank branches chain up the state line. Mass
// organizations sit under their province's Front committee; since 2025 they work as parts of the
// Front. The seeds name no business as a donor or sponsor, so no business is listed here (see
// demo-donors.ts).
import type { DemoOrganization } from './demo-types.js';

export const demoOrganizations: DemoOrganization[] = [
  // Central level. The Front's Central Committee runs the "Ngày vì người nghèo" drive and the peak
  // month (003_1e96ee76056eacdd.txt: "UBMTTQ Việt Nam … cuộc vận động 'Ngày vì người nghèo'").
  {
    key: 'mttq-trung-uong',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    unitCode: 'VN',
  },
  // 003_1e96ee76056eacdd.txt: "Ban thi đua khen thưởng Trung ương, Bộ nội vụ … tổ chức hội nghị".
  { key: 'bo-noi-vu', kind: 'AGENCY', name: 'Bộ Nội vụ', unitCode: 'VN' },
  {
    key: 'ban-tdkt-trung-uong',
    kind: 'AGENCY',
    name: 'Ban Thi đua – Khen thưởng Trung ương',
    unitCode: 'VN',
    parentKey: 'bo-noi-vu',
  },
  // Head office of the Social Policy Bank, parent of the branches the seeds name (001, 004).
  { key: 'nhcsxh', kind: 'SOCIAL_POLICY_BANK', name: 'Ngân hàng Chính sách xã hội', unitCode: 'VN' },

  // Ninh Thuận: 000_60f9f9c4b9ee4040.txt (UBND tỉnh issued Kế hoạch 4492/KH-UBND; Sở Lao động-TB&XH is
  // the standing agency, with Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh); "Ủy ban Mặt trận Tổ quốc và
  // đoàn thể các cấp trong tỉnh" mobilised the funds; Ban Chỉ đạo các CTMTQG).
  {
    key: 'mttq-ninh-thuan',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'mttq-trung-uong',
  },
  { key: 'ubnd-ninh-thuan', kind: 'PEOPLES_COMMITTEE', name: 'Ủy ban nhân dân tỉnh Ninh Thuận', unitCode: '58' },
  {
    key: 'so-ldtbxh-ninh-thuan',
    kind: 'DEPARTMENT',
    name: 'Sở Lao động – Thương binh và Xã hội tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'ubnd-ninh-thuan',
  },
  {
    key: 'so-noi-vu-ninh-thuan',
    kind: 'DEPARTMENT',
    name: 'Sở Nội vụ tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'ubnd-ninh-thuan',
  },
  {
    key: 'ban-tdkt-ninh-thuan',
    kind: 'AGENCY',
    name: 'Ban Thi đua – Khen thưởng tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'so-noi-vu-ninh-thuan',
  },
  {
    key: 'bcd-ctmtqg-ninh-thuan',
    kind: 'OTHER',
    name: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'ubnd-ninh-thuan',
  },
  // Mass organizations of Ninh Thuận ("đoàn thể các cấp trong tỉnh", "đoàn viên, hội viên"), 000_60f9f9c4b9ee4040.txt.
  {
    key: 'hoi-lhpn-ninh-thuan',
    kind: 'MASS_ORGANIZATION',
    name: 'Hội Liên hiệp Phụ nữ tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'mttq-ninh-thuan',
  },
  {
    key: 'tinh-doan-ninh-thuan',
    kind: 'MASS_ORGANIZATION',
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'mttq-ninh-thuan',
  },
  {
    key: 'hoi-nong-dan-ninh-thuan',
    kind: 'MASS_ORGANIZATION',
    name: 'Hội Nông dân tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'mttq-ninh-thuan',
  },
  {
    key: 'hoi-ccb-ninh-thuan',
    kind: 'MASS_ORGANIZATION',
    name: 'Hội Cựu chiến binh tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'mttq-ninh-thuan',
  },
  {
    key: 'ldld-ninh-thuan',
    kind: 'MASS_ORGANIZATION',
    name: 'Liên đoàn Lao động tỉnh Ninh Thuận',
    unitCode: '58',
    parentKey: 'mttq-ninh-thuan',
  },
  // Bác Ái, the 30a poor district of Ninh Thuận (000_60f9f9c4b9ee4040.txt, Đề án 406/ĐA).
  {
    key: 'mttq-bac-ai',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bác Ái',
    unitCode: '584',
    parentKey: 'mttq-ninh-thuan',
  },
  {
    key: 'ubnd-bac-ai',
    kind: 'PEOPLES_COMMITTEE',
    name: 'Ủy ban nhân dân huyện Bác Ái',
    unitCode: '584',
    parentKey: 'ubnd-ninh-thuan',
  },

  // Cao Bằng: 001_ef16030326a36a2f.txt (UBND tỉnh Cao Bằng issued Công văn 2111/KH-UBND; the Chủ tịch
  // UBND tỉnh awards the Bằng khen). The seed does not name the provincial Front or the Sở, but the
  // district bodies below need them as parents.
  {
    key: 'mttq-cao-bang',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng',
    unitCode: '04',
    parentKey: 'mttq-trung-uong',
  },
  { key: 'ubnd-cao-bang', kind: 'PEOPLES_COMMITTEE', name: 'Ủy ban nhân dân tỉnh Cao Bằng', unitCode: '04' },
  {
    key: 'so-ldtbxh-cao-bang',
    kind: 'DEPARTMENT',
    name: 'Sở Lao động – Thương binh và Xã hội tỉnh Cao Bằng',
    unitCode: '04',
    parentKey: 'ubnd-cao-bang',
  },
  {
    key: 'nhcsxh-cao-bang',
    kind: 'SOCIAL_POLICY_BANK',
    name: 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Cao Bằng',
    unitCode: '04',
    parentKey: 'nhcsxh',
  },
  // Hà Quảng: 001_ef16030326a36a2f.txt (UBND huyện reports; "Ủy ban Mặt trận Tổ quốc huyện" raised the
  // fund; Phòng Lao động - Thương binh và Xã hội and Phòng Nông nghiệp & PTNT advise; "Ngân hàng Chính
  // sách xã hội huyện" lent 296,677 tỷ đồng; "Ban vận động Quỹ vì người nghèo" built the houses;
  // "Thường trực Hội đồng - Thi đua khen thưởng huyện" put forward the nominations).
  {
    key: 'mttq-ha-quang',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hà Quảng',
    unitCode: '045',
    parentKey: 'mttq-cao-bang',
  },
  {
    key: 'ubnd-ha-quang',
    kind: 'PEOPLES_COMMITTEE',
    name: 'Ủy ban nhân dân huyện Hà Quảng',
    unitCode: '045',
    parentKey: 'ubnd-cao-bang',
  },
  {
    key: 'phong-ldtbxh-ha-quang',
    kind: 'DEPARTMENT',
    name: 'Phòng Lao động – Thương binh và Xã hội huyện Hà Quảng',
    unitCode: '045',
    parentKey: 'ubnd-ha-quang',
  },
  {
    key: 'phong-nnptnt-ha-quang',
    kind: 'DEPARTMENT',
    name: 'Phòng Nông nghiệp và Phát triển nông thôn huyện Hà Quảng',
    unitCode: '045',
    parentKey: 'ubnd-ha-quang',
  },
  {
    key: 'hoi-dong-tdkt-ha-quang',
    kind: 'OTHER',
    name: 'Hội đồng Thi đua – Khen thưởng huyện Hà Quảng',
    unitCode: '045',
    parentKey: 'ubnd-ha-quang',
  },
  {
    key: 'ban-vd-quy-vnn-ha-quang',
    kind: 'OTHER',
    name: 'Ban vận động Quỹ Vì người nghèo huyện Hà Quảng',
    unitCode: '045',
    parentKey: 'mttq-ha-quang',
  },
  {
    key: 'nhcsxh-ha-quang',
    kind: 'SOCIAL_POLICY_BANK',
    name: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hà Quảng',
    unitCode: '045',
    parentKey: 'nhcsxh-cao-bang',
  },
  // Thông Nông, merged into Hà Quảng on 1/2/2020. Its UBND issued Chỉ thị số 03 of 17/8/2017, which
  // launched the district movement (001_ef16030326a36a2f.txt).
  {
    key: 'mttq-thong-nong',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thông Nông',
    unitCode: '044',
    parentKey: 'mttq-cao-bang',
  },
  {
    key: 'ubnd-thong-nong',
    kind: 'PEOPLES_COMMITTEE',
    name: 'Ủy ban nhân dân huyện Thông Nông',
    unitCode: '044',
    parentKey: 'ubnd-cao-bang',
  },

  // Thừa Thiên Huế: 002_14c275fa097dccd8.txt (UBND tỉnh held the summary conference; Tỉnh ủy issued
  // Nghị quyết 04-NQ/TU; Sở Lao động - Thương binh và Xã hội reported; "Mặt trận tổ quốc Việt Nam tỉnh"
  // channelled donations). Unit 46 is listed twice; these bodies are the province's before it became
  // Thành phố Huế on 1/1/2025.
  {
    key: 'mttq-thua-thien-hue',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế',
    unitCode: '46',
    parentKey: 'mttq-trung-uong',
  },
  {
    key: 'ubnd-thua-thien-hue',
    kind: 'PEOPLES_COMMITTEE',
    name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
    unitCode: '46',
  },
  { key: 'tinh-uy-thua-thien-hue', kind: 'OTHER', name: 'Tỉnh ủy Thừa Thiên Huế', unitCode: '46' },
  {
    key: 'so-ldtbxh-thua-thien-hue',
    kind: 'DEPARTMENT',
    name: 'Sở Lao động – Thương binh và Xã hội tỉnh Thừa Thiên Huế',
    unitCode: '46',
    parentKey: 'ubnd-thua-thien-hue',
  },

  // Tây Ninh: 004_472016be3d0d4bd0.txt (UBND tỉnh issued Kế hoạch 490/KH-UBND and gave tasks to Sở Lao
  // động - TBXH, Sở Nông nghiệp và PTNT, Sở Thông tin và Truyền thông, Văn phòng Đoàn ĐBQH, HĐND và
  // UBND tỉnh, Sở Tài chính, Chi nhánh Ngân hàng chính sách xã hội tỉnh, Đài PTTH Tây Ninh and Ủy ban
  // MTTQ). These bodies belong to the old Tây Ninh (unit 72).
  {
    key: 'mttq-tay-ninh',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh',
    unitCode: '72',
    parentKey: 'mttq-trung-uong',
  },
  { key: 'ubnd-tay-ninh', kind: 'PEOPLES_COMMITTEE', name: 'Ủy ban nhân dân tỉnh Tây Ninh', unitCode: '72' },
  {
    key: 'so-ldtbxh-tay-ninh',
    kind: 'DEPARTMENT',
    name: 'Sở Lao động – Thương binh và Xã hội tỉnh Tây Ninh',
    unitCode: '72',
    parentKey: 'ubnd-tay-ninh',
  },
  {
    key: 'so-nnptnt-tay-ninh',
    kind: 'DEPARTMENT',
    name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh',
    unitCode: '72',
    parentKey: 'ubnd-tay-ninh',
  },
  {
    key: 'so-tttt-tay-ninh',
    kind: 'DEPARTMENT',
    name: 'Sở Thông tin và Truyền thông tỉnh Tây Ninh',
    unitCode: '72',
    parentKey: 'ubnd-tay-ninh',
  },
  {
    key: 'so-tai-chinh-tay-ninh',
    kind: 'DEPARTMENT',
    name: 'Sở Tài chính tỉnh Tây Ninh',
    unitCode: '72',
    parentKey: 'ubnd-tay-ninh',
  },
  {
    key: 'van-phong-dbqh-hdnd-ubnd-tay-ninh',
    kind: 'AGENCY',
    name: 'Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Tây Ninh',
    unitCode: '72',
  },
  {
    key: 'nhcsxh-tay-ninh',
    kind: 'SOCIAL_POLICY_BANK',
    name: 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Tây Ninh',
    unitCode: '72',
    parentKey: 'nhcsxh',
  },
  {
    key: 'dai-ptth-tay-ninh',
    kind: 'AGENCY',
    name: 'Đài Phát thanh và Truyền hình Tây Ninh',
    unitCode: '72',
    parentKey: 'ubnd-tay-ninh',
  },

  // Cần Thơ: 003_1e96ee76056eacdd.txt (UBND TP Cần Thơ co-hosted the 5/4/2023 conference; Giám đốc Sở
  // LĐTB&XH thành phố Cần Thơ spoke; the Cờ Đỏ model). The Front committees are the ones of the city and
  // of the district the seed names.
  {
    key: 'mttq-can-tho',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ',
    unitCode: '92',
    parentKey: 'mttq-trung-uong',
  },
  { key: 'ubnd-can-tho', kind: 'PEOPLES_COMMITTEE', name: 'Ủy ban nhân dân thành phố Cần Thơ', unitCode: '92' },
  {
    key: 'so-ldtbxh-can-tho',
    kind: 'DEPARTMENT',
    name: 'Sở Lao động – Thương binh và Xã hội thành phố Cần Thơ',
    unitCode: '92',
    parentKey: 'ubnd-can-tho',
  },
  {
    key: 'mttq-co-do',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cờ Đỏ',
    unitCode: '925',
    parentKey: 'mttq-can-tho',
  },

  // Bà Rịa - Vũng Tàu: 003_1e96ee76056eacdd.txt (Phó Trưởng Ban thi đua khen thưởng tỉnh Bà Rịa Vũng Tàu
  // spoke at the conference).
  {
    key: 'mttq-ba-ria-vung-tau',
    kind: 'FRONT_COMMITTEE',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bà Rịa - Vũng Tàu',
    unitCode: '77',
    parentKey: 'mttq-trung-uong',
  },
  {
    key: 'ubnd-ba-ria-vung-tau',
    kind: 'PEOPLES_COMMITTEE',
    name: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
    unitCode: '77',
  },
  {
    key: 'so-ldtbxh-ba-ria-vung-tau',
    kind: 'DEPARTMENT',
    name: 'Sở Lao động – Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu',
    unitCode: '77',
    parentKey: 'ubnd-ba-ria-vung-tau',
  },
  {
    key: 'so-noi-vu-ba-ria-vung-tau',
    kind: 'DEPARTMENT',
    name: 'Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu',
    unitCode: '77',
    parentKey: 'ubnd-ba-ria-vung-tau',
  },
  {
    key: 'ban-tdkt-ba-ria-vung-tau',
    kind: 'AGENCY',
    name: 'Ban Thi đua – Khen thưởng tỉnh Bà Rịa - Vũng Tàu',
    unitCode: '77',
    parentKey: 'so-noi-vu-ba-ria-vung-tau',
  },
];
