import Chip from '@mui/material/Chip';
import { useFieldValue, useTranslate } from 'react-admin';

type Color = 'default' | 'info' | 'success' | 'warning' | 'error' | 'primary';
const STATUS_COLORS: Record<string, Color> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  REVIEWED: 'info',
  FORWARDED: 'primary',
  DECIDED: 'success',
  CONFERRED: 'success',
  PUBLISHED: 'success',
  RETURNED: 'warning',
  REJECTED: 'error',
};

/** A nomination's status as a chip, in the panel's language. */
export function NominationStatusField({ source = 'status' }: { source?: string; label?: string }) {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STATUS_COLORS[value] ?? 'default'}
      label={translate(`chungTay.commendations.status.${value}`)}
    />
  );
}

/** A value of one of the commendation enums (RecipientKind, ConferringAuthority). */
export function CommendationEnumField({ source, enumName }: { source: string; enumName: string; label?: string }) {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  return <span>{value ? translate(`chungTay.commendations.${enumName}.${value}`, { _: String(value) }) : ''}</span>;
}
