import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { lazy } from 'react';

const StatementImportList = lazy(() =>
  import('./StatementImportList').then((m) => ({ default: m.StatementImportList })),
);
const StatementImportShow = lazy(() =>
  import('./StatementImportShow').then((m) => ({ default: m.StatementImportShow })),
);

/** "Sao kê ngân hàng" in the menu: the imports, each opening its preview (the import's page). */
export const statementImports = {
  name: 'statementImports',
  list: StatementImportList,
  show: StatementImportShow,
  icon: ReceiptLongIcon,
  options: { label: 'chungTay.statementImport.menu' },
  recordRepresentation: (record: { fileName: string }) => record.fileName,
};

/** Step 1, from a fund's page: /funds/:id/import. */
export const StatementImportStart = lazy(() =>
  import('./StatementImportStart').then((m) => ({ default: m.StatementImportStart })),
);
