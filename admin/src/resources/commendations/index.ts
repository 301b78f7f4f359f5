import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import { lazy } from 'react';

const CommendationList = lazy(() => import('./CommendationList').then((m) => ({ default: m.CommendationList })));
export const Certificate = lazy(() => import('./Certificate').then((m) => ({ default: m.Certificate })));

/** The registry: every commendation decided, as far as the caller may see. */
export const commendations = {
  name: 'commendations',
  list: CommendationList,
  icon: MilitaryTechIcon,
  options: { label: 'chungTay.commendations.menu.registry' },
};
