// Demo administrative units and their successions, from the five seed articles in shared/seeds.
// Codes are the official GSO codes (province 2 digits, district 3, commune 5), checked against public
// copies of the GSO list from before 2025 and of the commune list in force from 1 July 2025 (Công văn
// 1027/CTK-CSCL, 25/6/2025).
//
// One entry per code, except Huế (code 46), which is the only code listed twice, told apart by
// validFrom. GSO often lets a merged unit keep one predecessor's code (new Tây Ninh keeps Long An's
// 80; Xã Trường Hà keeps Thị trấn Xuân Hòa's 01392). With one entry per code, the unit that gave its
// code is listed only under one name; each such case has a comment below.
import type { DemoSuccession, DemoUnit } from './demo-types.js';

export const demoUnits: DemoUnit[] = [
  // The nation (all seeds).
  { code: 'VN', name: 'Việt Nam', level: 'NATION' },

  // Cao Bằng: 001_ef16030326a36a2f.txt (Hà Quảng report). Not merged in 2025, so it stays one unit.
  { code: '04', name: 'Tỉnh Cao Bằng', level: 'PROVINCE', parentCode: 'VN' },

  // Ninh Thuận: 000_60f9f9c4b9ee4040.txt. Merged into Khánh Hòa on 1/7/2025.
  { code: '58', name: 'Tỉnh Ninh Thuận', level: 'PROVINCE', parentCode: 'VN', validTo: '2025-06-30' },
  // Khánh Hòa is not in the seeds. It is the province that absorbed Ninh Thuận and kept its own code.
  { code: '56', name: 'Tỉnh Khánh Hòa', level: 'PROVINCE', parentCode: 'VN' },

  // Thừa Thiên Huế: 002_14c275fa097dccd8.txt. The seed never names the province, but its people
  // (Bí thư Tỉnh ủy Lê Trường Lưu, Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình, Giám đốc Sở LĐ-TB&XH
  // Đặng Hữu Phúc) and Nghị quyết 04-NQ/TU of 08/11/2016 are Thừa Thiên Huế's. The province became
  // the centrally-run Thành phố Huế on 1/1/2025, still with code 46: the one code listed twice.
  { code: '46', name: 'Tỉnh Thừa Thiên Huế', level: 'PROVINCE', parentCode: 'VN', validTo: '2024-12-31' },
  { code: '46', name: 'Thành phố Huế', level: 'PROVINCE', parentCode: 'VN', validFrom: '2025-01-01' },

  // Tây Ninh: 004_472016be3d0d4bd0.txt (Kế hoạch 490/KH-UBND; "Đài PTTH Tây Ninh"). In 2025 Tây Ninh
  // and Long An were merged into a province called Tây Ninh, but GSO gave it Long An's code 80
  // (its seat is Tân An). So the old Tây Ninh (72) ends, and 80 is the unit that goes on. Code 80
  // was "Tỉnh Long An" until 30/6/2025. Long An is not in the seeds, so only today's name is listed.
  { code: '72', name: 'Tỉnh Tây Ninh', level: 'PROVINCE', parentCode: 'VN', validTo: '2025-06-30' },
  // Long An's code 80 passed to the merged Tây Ninh: two units, told apart by validFrom.
  { code: '80', name: 'Tỉnh Long An', level: 'PROVINCE', parentCode: 'VN', validTo: '2025-06-30' },
  { code: '80', name: 'Tỉnh Tây Ninh', level: 'PROVINCE', parentCode: 'VN', validFrom: '2025-07-01' },

  // Cần Thơ: 003_1e96ee76056eacdd.txt (conference in Cần Thơ, 5/4/2023). It absorbed Sóc Trăng and
  // Hậu Giang on 1/7/2025 and kept its own code. Those two are not in the seeds; they are here for the merger.
  { code: '92', name: 'Thành phố Cần Thơ', level: 'PROVINCE', parentCode: 'VN' },
  { code: '93', name: 'Tỉnh Hậu Giang', level: 'PROVINCE', parentCode: 'VN', validTo: '2025-06-30' },
  { code: '94', name: 'Tỉnh Sóc Trăng', level: 'PROVINCE', parentCode: 'VN', validTo: '2025-06-30' },

  // Bà Rịa - Vũng Tàu: 003_1e96ee76056eacdd.txt (its Ban Thi đua - Khen thưởng spoke there). It merged
  // into Thành phố Hồ Chí Minh on 1/7/2025, together with Bình Dương. Bình Dương and TP HCM are not in
  // the seeds; they are here so the merger is complete.
  { code: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu', level: 'PROVINCE', parentCode: 'VN', validTo: '2025-06-30' },
  { code: '74', name: 'Tỉnh Bình Dương', level: 'PROVINCE', parentCode: 'VN', validTo: '2025-06-30' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', level: 'PROVINCE', parentCode: 'VN' },

  // Districts of Cao Bằng: 001_ef16030326a36a2f.txt ("UBND huyện Hà Quảng (và huyện Thông Nông cũ)").
  // Thông Nông was merged into Hà Quảng on 1/2/2020 by a Standing Committee of the National Assembly
  // (UBTVQH) resolution of 10/1/2020. Every district ended on 30/6/2025.
  { code: '044', name: 'Huyện Thông Nông', level: 'DISTRICT', parentCode: '04', validTo: '2020-01-31' },
  { code: '045', name: 'Huyện Hà Quảng', level: 'DISTRICT', parentCode: '04', validTo: '2025-06-30' },

  // District of Ninh Thuận: 000_60f9f9c4b9ee4040.txt (the 30a poor district of Bác Ái, Đề án 406/ĐA).
  { code: '584', name: 'Huyện Bác Ái', level: 'DISTRICT', parentCode: '58', validTo: '2025-06-30' },

  // District of Cần Thơ: 003_1e96ee76056eacdd.txt (the water hyacinth weaving model in Cờ Đỏ).
  { code: '925', name: 'Huyện Cờ Đỏ', level: 'DISTRICT', parentCode: '92', validTo: '2025-06-30' },

  // Communes of Hà Quảng named in 001_ef16030326a36a2f.txt (real GSO codes). Xã Đa Thông and Xã Ngọc
  // Động belonged to Huyện Thông Nông (044) until 31/1/2020; they are listed under Hà Quảng, as the
  // 2020 report has them.
  { code: '01392', name: 'Thị trấn Xuân Hòa', level: 'COMMUNE', parentCode: '045', validTo: '2025-06-30' },
  { code: '01417', name: 'Xã Sóc Hà', level: 'COMMUNE', parentCode: '045', validTo: '2025-06-30' },
  { code: '01375', name: 'Xã Đa Thông', level: 'COMMUNE', parentCode: '045', validTo: '2025-06-30' },
  { code: '01378', name: 'Xã Ngọc Động', level: 'COMMUNE', parentCode: '045', validTo: '2025-06-30' },
  { code: '01441', name: 'Xã Đào Ngạn', level: 'COMMUNE', parentCode: '045', validTo: '2020-01-31' },
  // Xã Ngọc Đào was formed on 1/2/2020 from Xã Phù Ngọc and Xã Đào Ngạn, and kept Phù Ngọc's code 01438.
  // The seed names Phù Ngọc, but it cannot be listed on its own under that code.
  {
    code: '01438',
    name: 'Xã Ngọc Đào',
    level: 'COMMUNE',
    parentCode: '045',
    validFrom: '2020-02-01',
    validTo: '2025-06-30',
  },

  // Cao Bằng communes from 1/7/2025: the 2025 successors of the communes above (real codes). The other
  // successors cannot be listed, because they kept a listed commune's code: Xã Trường Hà (Xuân Hòa,
  // Quý Quân, Sóc Hà, Trường Hà) has 01392 and Xã Hà Quảng (Hồng Sỹ, Ngọc Đào, Mã Ba) has 01438.
  { code: '01363', name: 'Xã Thông Nông', level: 'COMMUNE', parentCode: '04', validFrom: '2025-07-01' },
  { code: '01387', name: 'Xã Thanh Long', level: 'COMMUNE', parentCode: '04', validFrom: '2025-07-01' },

  // Communes of Bác Ái (000_60f9f9c4b9ee4040.txt names the district, not its communes). These are for
  // illustration, picked as places for the cows of Đề án 406/ĐA, but their codes are the real GSO codes.
  { code: '22783', name: 'Xã Phước Bình', level: 'COMMUNE', parentCode: '584', validTo: '2025-06-30' },
  { code: '22792', name: 'Xã Phước Tiến', level: 'COMMUNE', parentCode: '584', validTo: '2025-06-30' },
  { code: '22798', name: 'Xã Phước Thành', level: 'COMMUNE', parentCode: '584', validTo: '2025-06-30' },
  // Their 2025 successors in Khánh Hòa (real codes, each kept from one predecessor that is not listed):
  // Bác Ái Tây = Phước Hòa + Phước Tân + Phước Bình (22786, Phước Hòa's);
  // Bác Ái = Phước Tiến + Phước Thắng + Phước Chính (22795, Phước Thắng's);
  // Bác Ái Đông = Phước Đại + Phước Thành (22801, Phước Đại's).
  { code: '22786', name: 'Xã Bác Ái Tây', level: 'COMMUNE', parentCode: '56', validFrom: '2025-07-01' },
  { code: '22795', name: 'Xã Bác Ái', level: 'COMMUNE', parentCode: '56', validFrom: '2025-07-01' },
  { code: '22801', name: 'Xã Bác Ái Đông', level: 'COMMUNE', parentCode: '56', validFrom: '2025-07-01' },
];

export const demoSuccessions: DemoSuccession[] = [
  // 2025 province mergers (Nghị quyết 202/2025/QH15; new provinces in force from 1/7/2025).
  // Ninh Thuận (000_60f9f9c4b9ee4040.txt) → Khánh Hòa.
  { fromCode: '58', toCode: '56', effectiveOn: '2025-07-01', note: 'Hợp nhất tỉnh Ninh Thuận vào tỉnh Khánh Hòa' },
  // Tây Ninh (004_472016be3d0d4bd0.txt) + Long An → Tây Ninh under code 80.
  {
    fromCode: '80',
    toCode: '80',
    effectiveOn: '2025-07-01',
    note: 'Hợp nhất tỉnh Tây Ninh và tỉnh Long An thành tỉnh Tây Ninh (Nghị quyết 202/2025/QH15)',
  },
  {
    fromCode: '72',
    toCode: '80',
    effectiveOn: '2025-07-01',
    note: 'Hợp nhất tỉnh Tây Ninh và tỉnh Long An thành tỉnh Tây Ninh (mã 80, trước là mã của Long An)',
  },
  // Sóc Trăng and Hậu Giang → Cần Thơ (003_1e96ee76056eacdd.txt names Cần Thơ).
  { fromCode: '93', toCode: '92', effectiveOn: '2025-07-01', note: 'Hợp nhất tỉnh Hậu Giang vào thành phố Cần Thơ' },
  { fromCode: '94', toCode: '92', effectiveOn: '2025-07-01', note: 'Hợp nhất tỉnh Sóc Trăng vào thành phố Cần Thơ' },
  // Bà Rịa - Vũng Tàu (003_1e96ee76056eacdd.txt) and Bình Dương → Thành phố Hồ Chí Minh.
  {
    fromCode: '77',
    toCode: '79',
    effectiveOn: '2025-07-01',
    note: 'Hợp nhất tỉnh Bà Rịa - Vũng Tàu vào Thành phố Hồ Chí Minh',
  },
  {
    fromCode: '74',
    toCode: '79',
    effectiveOn: '2025-07-01',
    note: 'Hợp nhất tỉnh Bình Dương vào Thành phố Hồ Chí Minh',
  },

  // Thừa Thiên Huế (002_14c275fa097dccd8.txt) renamed Thành phố Huế (Nghị quyết 1314/NQ-UBTVQH15), same code 46.
  {
    fromCode: '46',
    toCode: '46',
    effectiveOn: '2025-01-01',
    note: 'Tỉnh Thừa Thiên Huế trở thành Thành phố Huế trực thuộc trung ương (giữ mã 46)',
  },

  // 2020 Cao Bằng reorganisation (001_ef16030326a36a2f.txt: "huyện Thông Nông cũ", "xã Ngọc Đào").
  { fromCode: '044', toCode: '045', effectiveOn: '2020-02-01', note: 'Nhập huyện Thông Nông vào huyện Hà Quảng' },
  {
    fromCode: '01441',
    toCode: '01438',
    effectiveOn: '2020-02-01',
    note: 'Nhập xã Đào Ngạn và xã Phù Ngọc thành xã Ngọc Đào',
  },

  // 2025 commune mergers, Cao Bằng (001_ef16030326a36a2f.txt).
  {
    fromCode: '01375',
    toCode: '01363',
    effectiveOn: '2025-07-01',
    note: 'Thị trấn Thông Nông, xã Đa Thông, xã Lương Can → xã Thông Nông',
  },
  {
    fromCode: '01378',
    toCode: '01387',
    effectiveOn: '2025-07-01',
    note: 'Xã Ngọc Động, xã Yên Sơn, xã Thanh Long → xã Thanh Long',
  },

  // 2025 commune mergers, Bác Ái (illustrative communes; 000_60f9f9c4b9ee4040.txt names the district).
  {
    fromCode: '22783',
    toCode: '22786',
    effectiveOn: '2025-07-01',
    note: 'Xã Phước Hòa, xã Phước Tân, xã Phước Bình → xã Bác Ái Tây',
  },
  {
    fromCode: '22792',
    toCode: '22795',
    effectiveOn: '2025-07-01',
    note: 'Xã Phước Tiến, xã Phước Thắng, xã Phước Chính → xã Bác Ái',
  },
  {
    fromCode: '22798',
    toCode: '22801',
    effectiveOn: '2025-07-01',
    note: 'Xã Phước Đại, xã Phước Thành → xã Bác Ái Đông',
  },
];
