import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazy } from 'react';

const PledgeList = lazy(() => import('./PledgeList').then((m) => ({ default: m.PledgeList })));
const PledgeCreate = lazy(() => import('./PledgeCreate').then((m) => ({ default: m.PledgeCreate })));

export const pledges = {
  name: 'pledges',
  list: PledgeList,
  create: PledgeCreate,
  icon: HandshakeIcon,
};
