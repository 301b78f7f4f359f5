import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslate } from 'react-admin';
import type { AuditEvent } from '@chung-tay/schema';
import { formatDateTime } from '../common/dates';
import { AuditChanges } from './AuditChanges';

export function useOperationLabel() {
  const translate = useTranslate();
  return (operation: string) => translate(`chungTay.history.operations.${operation}`, { _: operation });
}

/** A record's changes, newest first: when (Vietnam time), who, through what, and what changed. */
export function HistoryTable({ events }: { events: AuditEvent[] }) {
  const translate = useTranslate();
  const operation = useOperationLabel();
  return (
    <Table size="small" aria-label={translate('chungTay.history.tab')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.auditEvents.fields.occurredAt')}</TableCell>
          <TableCell>{translate('resources.auditEvents.fields.actorLabel')}</TableCell>
          <TableCell>{translate('resources.auditEvents.fields.operation')}</TableCell>
          <TableCell>{translate('chungTay.history.changes')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id} sx={{ verticalAlign: 'top' }}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</TableCell>
            <TableCell>{event.actorLabel}</TableCell>
            <TableCell>{operation(event.operation)}</TableCell>
            <TableCell>
              <AuditChanges event={event} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
