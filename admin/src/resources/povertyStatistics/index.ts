import BarChartIcon from '@mui/icons-material/BarChart';
import { lazy } from 'react';

const PovertyStatisticList = lazy(() =>
  import('./PovertyStatisticList').then((m) => ({ default: m.PovertyStatisticList })),
);
const PovertyStatisticCreate = lazy(() =>
  import('./PovertyStatisticCreate').then((m) => ({ default: m.PovertyStatisticCreate })),
);
const PovertyStatisticEdit = lazy(() =>
  import('./PovertyStatisticEdit').then((m) => ({ default: m.PovertyStatisticEdit })),
);

/** "Số liệu hộ nghèo": the recorded reviews, entered one by one or imported. */
export const povertyStatistics = {
  name: 'povertyStatistics',
  list: PovertyStatisticList,
  create: PovertyStatisticCreate,
  edit: PovertyStatisticEdit,
  icon: BarChartIcon,
  recordRepresentation: (record: { year: number; unit?: { name: string } }) =>
    `${record.unit?.name ?? ''} ${record.year}`,
};
