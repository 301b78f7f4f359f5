import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { lazy } from 'react';
import { formatDate } from '../../common/dates';

const SupportList = lazy(() => import('./SupportList').then((m) => ({ default: m.SupportList })));
const SupportShow = lazy(() => import('./SupportShow').then((m) => ({ default: m.SupportShow })));
const SupportCreate = lazy(() => import('./SupportCreate').then((m) => ({ default: m.SupportCreate })));

export const supports = {
  name: 'supports',
  list: SupportList,
  show: SupportShow,
  create: SupportCreate,
  icon: VolunteerActivismIcon,
  recordRepresentation: (s: { purpose: string; supportedOn: string; decisionRef: string }) =>
    `${s.decisionRef} (${formatDate(s.supportedOn)})`,
};
