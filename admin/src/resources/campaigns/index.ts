import CampaignIcon from '@mui/icons-material/Campaign';
import { lazy } from 'react';

// Each page loads on first use: the first screen carries none of them.
const CampaignList = lazy(() => import('./CampaignList').then((m) => ({ default: m.CampaignList })));
const CampaignShow = lazy(() => import('./CampaignShow').then((m) => ({ default: m.CampaignShow })));
const CampaignCreate = lazy(() => import('./CampaignCreate').then((m) => ({ default: m.CampaignCreate })));
const CampaignEdit = lazy(() => import('./CampaignEdit').then((m) => ({ default: m.CampaignEdit })));

export const campaigns = {
  name: 'campaigns',
  list: CampaignList,
  show: CampaignShow,
  create: CampaignCreate,
  edit: CampaignEdit,
  icon: CampaignIcon,
  recordRepresentation: 'code',
};
