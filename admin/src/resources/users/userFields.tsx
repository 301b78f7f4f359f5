import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { User } from '@chung-tay/schema';
import { GrantChips } from '../../common/grants';

export function GrantsField(_props: FieldProps) {
  const record = useRecordContext<User>();
  return <GrantChips grants={record?.grants} />;
}

/** "Active" or "Locked": a locked account cannot log in, and its sessions and tokens stop. */
export function ActiveField(_props: FieldProps) {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.active ? 'success' : 'warning'}
      label={translate(record.active ? 'chungTay.users.active' : 'chungTay.users.locked')}
    />
  );
}
