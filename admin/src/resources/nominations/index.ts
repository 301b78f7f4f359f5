import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { lazy } from 'react';

const NominationList = lazy(() => import('./NominationList').then((m) => ({ default: m.NominationList })));
const NominationShow = lazy(() => import('./NominationShow').then((m) => ({ default: m.NominationShow })));
const NominationEdit = lazy(() => import('./NominationEdit').then((m) => ({ default: m.NominationEdit })));
const NominationCreate = lazy(() => import('./NominationCreate').then((m) => ({ default: m.NominationCreate })));

export const WorkQueue = lazy(() => import('./WorkQueue').then((m) => ({ default: m.WorkQueue })));
export const DecisionEntry = lazy(() => import('./DecisionEntry').then((m) => ({ default: m.DecisionEntry })));

export const nominations = {
  name: 'nominations',
  list: NominationList,
  show: NominationShow,
  create: NominationCreate,
  edit: NominationEdit,
  icon: WorkspacePremiumIcon,
  options: { label: 'chungTay.commendations.menu.nominations' },
};
