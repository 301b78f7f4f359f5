import HomeIcon from '@mui/icons-material/Home';
import { lazy } from 'react';

const HouseholdList = lazy(() => import('./HouseholdList').then((m) => ({ default: m.HouseholdList })));
const HouseholdShow = lazy(() => import('./HouseholdShow').then((m) => ({ default: m.HouseholdShow })));
const HouseholdCreate = lazy(() => import('./HouseholdCreate').then((m) => ({ default: m.HouseholdCreate })));
const HouseholdEdit = lazy(() => import('./HouseholdEdit').then((m) => ({ default: m.HouseholdEdit })));

export const households = {
  name: 'households',
  list: HouseholdList,
  show: HouseholdShow,
  create: HouseholdCreate,
  edit: HouseholdEdit,
  icon: HomeIcon,
  recordRepresentation: 'headName',
};
