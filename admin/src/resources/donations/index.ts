import PaymentsIcon from '@mui/icons-material/Payments';
import { lazy } from 'react';

const DonationList = lazy(() => import('./DonationList').then((m) => ({ default: m.DonationList })));
const DonationShow = lazy(() => import('./DonationShow').then((m) => ({ default: m.DonationShow })));
const DonationCreate = lazy(() => import('./DonationCreate').then((m) => ({ default: m.DonationCreate })));

export const donations = {
  name: 'donations',
  list: DonationList,
  show: DonationShow,
  create: DonationCreate,
  icon: PaymentsIcon,
  recordRepresentation: 'receiptNumber',
};

export const DonationReceipt = lazy(() => import('./DonationReceipt').then((m) => ({ default: m.DonationReceipt })));
