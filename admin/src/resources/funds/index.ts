import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazy } from 'react';

const FundList = lazy(() => import('./FundList').then((m) => ({ default: m.FundList })));
const FundShow = lazy(() => import('./FundShow').then((m) => ({ default: m.FundShow })));

export const funds = {
  name: 'funds',
  list: FundList,
  show: FundShow,
  icon: AccountBalanceIcon,
  recordRepresentation: (fund: { code: string; name: string }) => `${fund.code} – ${fund.name}`,
};

export const FundAllocate = lazy(() => import('./FundAllocate').then((m) => ({ default: m.FundAllocate })));
