// Demo donors. The five seeds in shared/seeds name no business or organization by name as a donor.
// They speak only of groups: "cán bộ, công chức, viên chức, người lao động thuộc 57 cơ quan, đơn vị,
// trường học" (002), "đoàn viên, hội viên" (000), "các tổ chức, cá nhân, doanh nghiệp" and "mạnh thường
// quân" (001, 002, 004). So the two group donors below come from the seeds. Every other donor is made up
// for the demo: the business has "Ví Dụ" ("example") in its name, so it cannot be taken for a real
// company. Contact data is fake on purpose: 0900 000 xxx numbers and example.vn e-mails. Addresses are
// in the seeds' units.
import type { DemoDonor } from './demo-types.js';

export const demoDonors: DemoDonor[] = [
  // Group donor from 002_14c275fa097dccd8.txt (the staff of 57 agencies, units and schools supported
  // the poor households of 19 communes with a poverty rate above 25 %).
  {
    key: 'ccvc-57-co-quan-thua-thien-hue',
    unitCode: '46',
    kind: 'ORGANIZATION',
    displayName: 'Cán bộ, công chức, viên chức, người lao động 57 cơ quan, đơn vị, trường học tỉnh Thừa Thiên Huế',
    anonymous: false,
    publicConsent: true,
  },
  // Group donor from 000_60f9f9c4b9ee4040.txt (the members of the mass organizations of the province
  // "tham gia hỗ trợ giảm nghèo"). The contact details are made up.
  {
    key: 'doan-vien-hoi-vien-ninh-thuan',
    unitCode: '58',
    kind: 'ORGANIZATION',
    displayName: 'Đoàn viên, hội viên các đoàn thể tỉnh Ninh Thuận',
    anonymous: false,
    publicConsent: true,
    contact: { email: 'doanthe.ninhthuan@example.vn', address: 'Tỉnh Ninh Thuận' },
  },
  // Made-up business (illustrative; 000_60f9f9c4b9ee4040.txt asks to draw on businesses' contributions),
  // a sponsor for the Bác Ái cow project.
  {
    key: 'cong-ty-vi-du-chan-nuoi',
    unitCode: '584',
    kind: 'BUSINESS',
    displayName: 'Công ty TNHH Ví Dụ Chăn nuôi Phan Rang',
    anonymous: false,
    publicConsent: true,
    contact: {
      phone: '0900000100',
      email: 'lienhe@example.vn',
      address: 'Xã Phước Tiến, Huyện Bác Ái, Tỉnh Ninh Thuận',
    },
  },
  // Made-up individuals (illustrative) living in units of 001_ef16030326a36a2f.txt and 004_472016be3d0d4bd0.txt.
  {
    key: 'nguyen-van-an',
    unitCode: '04',
    kind: 'INDIVIDUAL',
    displayName: 'Nguyễn Văn An',
    anonymous: false,
    publicConsent: true,
    contact: {
      phone: '0900000101',
      email: 'nguyenvanan@example.vn',
      address: 'Tổ Xuân Lộc, Thị trấn Xuân Hòa, Huyện Hà Quảng, Tỉnh Cao Bằng',
    },
  },
  // Gives by name to the fund, but has not agreed to be named in public statements.
  {
    key: 'tran-thi-binh',
    unitCode: '04',
    kind: 'INDIVIDUAL',
    displayName: 'Trần Thị Bình',
    anonymous: false,
    publicConsent: false,
    contact: {
      phone: '0900000102',
      address: 'Xóm Hòa Chung, Xã Ngọc Động, Huyện Hà Quảng, Tỉnh Cao Bằng',
    },
  },
  {
    key: 'ho-pham-van-cuong',
    unitCode: '80',
    kind: 'HOUSEHOLD',
    displayName: 'Hộ ông Phạm Văn Cường',
    anonymous: false,
    publicConsent: true,
    contact: { phone: '0900000103', address: 'Tỉnh Tây Ninh' },
  },
  // Anonymous giver (the "mạnh thường quân" of 004_472016be3d0d4bd0.txt); shown publicly only under this name.
  {
    key: 'nha-hao-tam-an-danh',
    unitCode: 'VN',
    kind: 'INDIVIDUAL',
    displayName: 'Nhà hảo tâm ẩn danh',
    anonymous: true,
    publicConsent: false,
  },
  // Made-up overseas Vietnamese (illustrative), from Đa Thông, Hà Quảng, working in Japan (001_ef16030326a36a2f.txt:
  // 48 workers from the district went to work abroad, Japan among the countries).
  {
    key: 'kieu-bao-le-minh-tuan',
    unitCode: 'VN',
    kind: 'OVERSEAS_VIETNAMESE',
    displayName: 'Lê Minh Tuấn',
    anonymous: false,
    publicConsent: true,
    contact: {
      email: 'leminhtuan@example.vn',
      address: 'Osaka, Nhật Bản (quê quán: Xã Đa Thông, Huyện Hà Quảng, Tỉnh Cao Bằng)',
    },
  },
];
