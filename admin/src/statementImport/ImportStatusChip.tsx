import Chip from '@mui/material/Chip';
import { useTranslate } from 'react-admin';

const COLORS: Record<string, 'default' | 'info' | 'success' | 'warning'> = {
  UPLOADING: 'warning',
  READY: 'info',
  COMMITTED: 'success',
  CANCELLED: 'default',
};

/** Where an import stands, as a small coloured label. */
export function ImportStatusChip({ status }: { status: string | undefined }) {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[status] ?? 'default'}
      label={translate(`chungTay.statementImport.status.${status}`, { _: status })}
      data-testid="import-status"
    />
  );
}
