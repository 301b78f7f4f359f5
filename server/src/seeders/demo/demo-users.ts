import type { DemoUser } from './demo-types.js';

/**
 * One account per role, for the demo database only (documented in the README). A production
 * database starts with no users: `pnpm create-admin` makes the first administrator.
 */
export const DEMO_PASSWORD = 'chungtay-demo-2025';

export const demoUsers: DemoUser[] = [
  { email: 'admin@chungtay.vn', displayName: 'Quản trị hệ thống', grants: [{ role: 'SYSTEM_ADMIN', unitCode: 'VN' }] },
  {
    email: 'canbo.caobang@chungtay.vn',
    displayName: 'Cán bộ MTTQ tỉnh Cao Bằng',
    grants: [{ role: 'FRONT_STAFF', unitCode: '04' }],
  },
  {
    email: 'canbo.khanhhoa@chungtay.vn',
    displayName: 'Cán bộ MTTQ tỉnh Khánh Hòa',
    grants: [{ role: 'FRONT_STAFF', unitCode: '56' }],
  },
  {
    email: 'thidua.caobang@chungtay.vn',
    displayName: 'Ban Thi đua – Khen thưởng tỉnh Cao Bằng',
    grants: [{ role: 'EMULATION_OFFICER', unitCode: '04' }],
  },
  // A second member of the provincial board, so that the submitter is never the approver.
  {
    email: 'hoidong.caobang@chungtay.vn',
    displayName: 'Thường trực Hội đồng Thi đua – Khen thưởng tỉnh Cao Bằng',
    grants: [{ role: 'EMULATION_OFFICER', unitCode: '04' }],
  },
  {
    email: 'thidua.khanhhoa@chungtay.vn',
    displayName: 'Ban Thi đua – Khen thưởng tỉnh Khánh Hòa',
    grants: [{ role: 'EMULATION_OFFICER', unitCode: '56' }],
  },
  {
    email: 'thidua.trunguong@chungtay.vn',
    displayName: 'Ban Thi đua – Khen thưởng Trung ương',
    grants: [{ role: 'EMULATION_OFFICER', unitCode: 'VN' }],
  },
  { email: 'kiemtoan@chungtay.vn', displayName: 'Kiểm toán viên', grants: [{ role: 'AUDITOR', unitCode: 'VN' }] },
  { email: 'laptrinh@chungtay.vn', displayName: 'Nhà phát triển', grants: [{ role: 'DEVELOPER', unitCode: 'VN' }] },
];
