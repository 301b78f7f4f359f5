import Link from '@mui/material/Link';
import { useCanAccess, useGetManyAggregate, useGetRecordRepresentation } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { recordPath } from '../common/fields';
import type { AuditValue } from './auditValues';

/** A record an audit row refers to by id: its name when the caller may read it, else "#id". */
function RecordReference({ resource, id }: { resource: string; id: string }) {
  const { canAccess } = useCanAccess({ resource, action: 'show' });
  const { data } = useGetManyAggregate(resource, { ids: [id] }, { enabled: !!canAccess });
  const represent = useGetRecordRepresentation(resource);
  const record = data?.[0];
  const text = record ? String(represent(record)) : `#${id}`;
  if (!canAccess) return <span>{text}</span>;
  return (
    <Link component={RouterLink} to={recordPath(resource, id)}>
      {text}
    </Link>
  );
}

export function AuditValueText({ value }: { value: AuditValue }) {
  if ('text' in value) return <span>{value.text}</span>;
  return <RecordReference resource={value.resource} id={value.id} />;
}
