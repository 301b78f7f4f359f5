import UploadFileIcon from '@mui/icons-material/UploadFile';
import { lazy } from 'react';

const PovertyImportList = lazy(() => import('./PovertyImportList').then((m) => ({ default: m.PovertyImportList })));
const PovertyImportStart = lazy(() => import('./PovertyImportStart').then((m) => ({ default: m.PovertyImportStart })));
const PovertyImportShow = lazy(() => import('./PovertyImportShow').then((m) => ({ default: m.PovertyImportShow })));

/** "Nhập số liệu hộ nghèo": one's imports; a new one starts with the file (create), then its preview (show). */
export const povertyImports = {
  name: 'povertyImports',
  list: PovertyImportList,
  create: PovertyImportStart,
  show: PovertyImportShow,
  icon: UploadFileIcon,
  options: { label: 'chungTay.poverty.import.menu' },
  recordRepresentation: (record: { fileName: string }) => record.fileName,
};
