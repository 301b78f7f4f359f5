import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Support } from '@chung-tay/schema';
import { LinkedRecordField } from '../../common/fields';

/**
 * Who received the support: the household (linked), the commune project's name, or — for someone
 * who may not see personal data — why the household is not shown (the server's redaction).
 */
export function RecipientField(_props: FieldProps) {
  const support = useRecordContext<Support & { _redacted?: Record<string, string> }>();
  const translate = useTranslate();
  if (!support) return null;
  if (support.household) return <LinkedRecordField source="household" reference="households" display="headName" />;
  if (support.projectName) return <Typography variant="body2">{support.projectName}</Typography>;
  const hidden = support._redacted?.household;
  return (
    <Typography variant="body2" color="text.secondary" title={hidden} data-testid="recipient-hidden">
      {translate('chungTay.supports.hidden')}
    </Typography>
  );
}
