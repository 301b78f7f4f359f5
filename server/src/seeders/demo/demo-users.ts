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
  { email: 'kiemtoan@chungtay.vn', displayName: 'Kiểm toán viên', grants: [{ role: 'AUDITOR', unitCode: 'VN' }] },
  { email: 'laptrinh@chungtay.vn', displayName: 'Nhà phát triển', grants: [{ role: 'DEVELOPER', unitCode: 'VN' }] },
];
