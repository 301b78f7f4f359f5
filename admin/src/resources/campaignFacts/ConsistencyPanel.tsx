import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import { useFactList } from './FactsContext';
import { formatFigureValue } from './format';

/**
 * "Kiểm tra số liệu": each total that is not the sum of its parts and each figure that differs
 * from the facts held, with what the report states, what it should be and the difference.
 */
export function ConsistencyPanel() {
  const { data, isPending, error } = useFactList('consistencyFindings');
  const translate = useTranslate();
  const locale = useLocale();
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : String(error)}</Alert>;
  if (isPending && !data) return <LinearProgress />;
  const findings = data ?? [];
  if (findings.length === 0) {
    return (
      <Alert severity="success" role="status">
        {translate('chungTay.campaignFacts.allConsistent')}
      </Alert>
    );
  }
  const h = (key: string) => translate(`chungTay.campaignFacts.columns.${key}`);
  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('chungTay.campaignFacts.findingsCount', { smart_count: findings.length })}
      </Alert>
      <Table size="small" aria-label={translate('chungTay.campaignFacts.tabs.consistency')}>
        <TableHead>
          <TableRow>
            <TableCell>{h('figure')}</TableCell>
            <TableCell>{h('findingKind')}</TableCell>
            <TableCell align="right">{h('stated')}</TableCell>
            <TableCell align="right">{h('computed')}</TableCell>
            <TableCell align="right">{h('difference')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {findings.map((finding) => (
            <TableRow key={`${finding.kind}-${finding.figure.id}`} data-testid="consistency-finding">
              <TableCell>
                <Typography variant="body2" fontWeight="medium">
                  {finding.figure.label}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {locale === 'vi' ? finding.message : finding.messageEn}
                </Typography>
              </TableCell>
              <TableCell>{translate(`chungTay.enums.FindingKind.${finding.kind}`)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatFigureValue(finding.stated, locale)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatFigureValue(finding.computed, locale)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatFigureValue(finding.difference, locale)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
