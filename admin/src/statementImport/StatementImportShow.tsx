import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import type { StatementImport } from '@chung-tay/schema';
import { formatDateTime } from '../common/dates';
import { formatMoney } from '../common/money';
import type { ChungTayDataProvider } from '../dataProvider';
import { ImportActions } from './ImportActions';
import { ImportPreview } from './ImportPreview';
import { ImportStatusChip } from './ImportStatusChip';
import { ImportSteps } from './ImportSteps';
import { formatCount } from './numbers';
import { UploadPanel } from './UploadPanel';

const STEP: Record<string, number> = { UPLOADING: 0, READY: 1, CANCELLED: 1, COMMITTED: 2 };

/**
 * One import's page: its file still going up (step 1, resumable), its preview (step 2), posting
 * or abandoning it (step 3), and once posted what was posted with the way to the fund's ledger.
 */
export function StatementImportShow() {
  const { id } = useParams<{ id: string }>();
  const location = useLocation();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [record, setRecord] = useState<StatementImport | null | undefined>(undefined);
  const reload = useCallback(() => {
    dataProvider
      .statementImport(id!)
      .then(setRecord)
      .catch(() => setRecord(null));
  }, [dataProvider, id]);
  useEffect(reload, [reload]);

  if (record === undefined) return <Loading />;
  if (record === null) return <Typography role="alert">{translate('ra.notification.item_doesnt_exist')}</Typography>;
  const fundPath = `/funds/${encodeURIComponent(record.fund.id)}/show`;
  const file = (location.state as { file?: File } | null)?.file ?? null;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.statementImport.start" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('chungTay.statementImport.title', { fund: `${record.fund.code} – ${record.fund.name}` })}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', color: 'text.secondary' }}>
            <Typography variant="body2">{`${record.fileName} · ${record.format.code} – ${record.format.name}`}</Typography>
            {record.defaultCampaign ? (
              <Typography variant="body2">{`${translate('chungTay.statementImport.columns.campaign')}: ${record.defaultCampaign.code}`}</Typography>
            ) : null}
            <Typography variant="body2">{formatDateTime(record.createdAt)}</Typography>
            <ImportStatusChip status={record.status} />
          </Box>
          <ImportSteps active={STEP[record.status] ?? 0} done={record.status === 'COMMITTED'} />
          {record.status === 'UPLOADING' ? <UploadPanel record={record} initialFile={file} onDone={reload} /> : null}
          {record.status === 'COMMITTED' ? (
            <Alert severity="success" sx={{ mb: 2 }} data-testid="import-committed">
              {translate('chungTay.statementImport.committed', {
                count: formatCount(record.postedCount),
                amount: formatMoney(record.validAmount),
              })}{' '}
              <Link component={RouterLink} to={`${fundPath}/ledger`}>
                {translate('chungTay.statementImport.seeLedger')}
              </Link>
            </Alert>
          ) : null}
          {record.status === 'CANCELLED' ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('chungTay.statementImport.cancelled')}
            </Alert>
          ) : null}
          <ImportActions record={record} onChange={setRecord} />
          {record.status !== 'UPLOADING' ? <ImportPreview record={record} /> : null}
        </CardContent>
      </Card>
    </Box>
  );
}
