import Box from '@mui/material/Box';
import { useLocale, useTranslate } from 'react-admin';
import type { AuditEvent } from '@chung-tay/schema';
import { auditFieldLabel, auditValue, changedFieldNames } from './auditValues';
import { AuditValueText } from './AuditValueText';

/** What one event changed, field by field: "Mục tiêu vận động: — → 19.000.000.000 ₫". */
export function AuditChanges({ event }: { event: Pick<AuditEvent, 'recordType' | 'action' | 'before' | 'after'> }) {
  const translate = useTranslate();
  const locale = useLocale();
  const fields = changedFieldNames(event.before, event.after);
  if (fields.length === 0) return <span>{translate('chungTay.common.none')}</span>;
  const ctx = { translate, locale };
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {fields.map((field) => (
        <li key={field}>
          <strong>{auditFieldLabel(event.recordType, field, translate)}</strong>
          {': '}
          {event.action === 'create' ? null : (
            <>
              <AuditValueText value={auditValue(event.recordType, field, before[field], ctx)} />
              {' → '}
            </>
          )}
          {event.action === 'delete' ? (
            translate('chungTay.history.deleted')
          ) : (
            <AuditValueText value={auditValue(event.recordType, field, after[field], ctx)} />
          )}
        </li>
      ))}
    </Box>
  );
}
