import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';

// A list only: the API has no single-event lookup, and an event is read in full in its row.
const AuditEventList = lazy(() => import('./AuditEventList').then((m) => ({ default: m.AuditEventList })));

export const auditEvents = {
  name: 'auditEvents',
  list: AuditEventList,
  icon: HistoryIcon,
};
