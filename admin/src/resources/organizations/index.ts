import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { lazy } from 'react';

const OrganizationList = lazy(() => import('./OrganizationList').then((m) => ({ default: m.OrganizationList })));
const OrganizationShow = lazy(() => import('./OrganizationShow').then((m) => ({ default: m.OrganizationShow })));
const OrganizationCreate = lazy(() => import('./OrganizationCreate').then((m) => ({ default: m.OrganizationCreate })));
const OrganizationEdit = lazy(() => import('./OrganizationEdit').then((m) => ({ default: m.OrganizationEdit })));

export const organizations = {
  name: 'organizations',
  list: OrganizationList,
  show: OrganizationShow,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  icon: CorporateFareIcon,
  recordRepresentation: 'name',
};
