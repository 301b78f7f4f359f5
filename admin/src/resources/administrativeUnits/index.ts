import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy } from 'react';

const AdministrativeUnitList = lazy(() =>
  import('./AdministrativeUnitList').then((m) => ({ default: m.AdministrativeUnitList })),
);
const AdministrativeUnitShow = lazy(() =>
  import('./AdministrativeUnitShow').then((m) => ({ default: m.AdministrativeUnitShow })),
);
const AdministrativeUnitCreate = lazy(() =>
  import('./AdministrativeUnitCreate').then((m) => ({ default: m.AdministrativeUnitCreate })),
);
const AdministrativeUnitEdit = lazy(() =>
  import('./AdministrativeUnitEdit').then((m) => ({ default: m.AdministrativeUnitEdit })),
);

export const administrativeUnits = {
  name: 'administrativeUnits',
  list: AdministrativeUnitList,
  show: AdministrativeUnitShow,
  create: AdministrativeUnitCreate,
  edit: AdministrativeUnitEdit,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
