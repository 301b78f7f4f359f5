import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { lazy } from 'react';

const DonorList = lazy(() => import('./DonorList').then((m) => ({ default: m.DonorList })));
const DonorShow = lazy(() => import('./DonorShow').then((m) => ({ default: m.DonorShow })));
const DonorCreate = lazy(() => import('./DonorCreate').then((m) => ({ default: m.DonorCreate })));
const DonorEdit = lazy(() => import('./DonorEdit').then((m) => ({ default: m.DonorEdit })));

export const donors = {
  name: 'donors',
  list: DonorList,
  show: DonorShow,
  create: DonorCreate,
  edit: DonorEdit,
  icon: VolunteerActivismIcon,
  recordRepresentation: 'displayName',
};
