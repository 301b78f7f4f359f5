import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useCanAccess, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { AuditEvent } from '@chung-tay/schema';
import { recordPath } from '../../common/fields';
import { AuditChanges } from '../../history/AuditChanges';
import { useOperationLabel } from '../../history/HistoryTable';
import { resourceOfType } from '../../dataProvider/resources';

export function OperationField(_props: FieldProps) {
  const record = useRecordContext<AuditEvent>();
  const label = useOperationLabel();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span">
      {label(record.operation)}
      <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
        {translate(`chungTay.history.actions.${record.action}`, { _: record.action })}
      </Typography>
    </Typography>
  );
}

/** "Phong trào #3", linked to its page when the panel has one and the user may open it. */
export function AuditRecordField(_props: FieldProps) {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  const resource = record ? resourceOfType(record.recordType) : undefined;
  const { canAccess } = useCanAccess({ resource: resource ?? 'auditEvents', action: 'show' });
  if (!record) return null;
  const text = `${translate(`chungTay.history.recordTypes.${record.recordType}`, { _: record.recordType })} #${record.recordId}`;
  if (!resource || !canAccess) return <span>{text}</span>;
  return (
    <Link component={RouterLink} to={recordPath(resource, record.recordId)} onClick={(e) => e.stopPropagation()}>
      {text}
    </Link>
  );
}

export function AuditChangesField(_props: FieldProps) {
  const record = useRecordContext<AuditEvent>();
  return record ? <AuditChanges event={record} /> : null;
}
