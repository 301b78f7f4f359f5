import CancelIcon from '@mui/icons-material/Cancel';
import PostAddIcon from '@mui/icons-material/PostAdd';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { Confirm, Loading, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { PovertyImport } from '@chung-tay/schema';
import type { ChungTayDataProvider } from '../dataProvider';
import type { PovertyImportPreview as Preview } from '../dataProvider/poverty';
import { ImportSteps } from '../statementImport/ImportSteps';
import { formatCount } from '../statementImport/numbers';
import { PovertyImportPreview } from './PovertyImportPreview';

const STEP: Record<string, number> = { UPLOADING: 0, READY: 1, CANCELLED: 1, COMMITTED: 2 };

const counts = (record: PovertyImport) => ({
  lines: formatCount(record.lineCount),
  new: formatCount(record.newCount),
  changed: formatCount(record.changedCount),
  unchanged: formatCount(record.unchangedCount),
  invalid: formatCount(record.invalidCount),
  count: formatCount(record.invalidCount),
  file: record.fileName,
});

/** One import's page: the summary and preview (step 2), then writing it all or abandoning it (step 3). */
export function PovertyImportShow() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [record, setRecord] = useState<Preview | null | undefined>(undefined);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [asking, setAsking] = useState<'commit' | 'cancel' | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(() => {
    dataProvider
      .povertyImportPreview(id!, { withProblems: onlyProblems ? true : null })
      .then(setRecord)
      .catch(() => setRecord(null));
  }, [dataProvider, id, onlyProblems]);
  useEffect(reload, [reload]);

  if (record === undefined) return <Loading />;
  if (record === null) return <Typography role="alert">{translate('ra.notification.item_doesnt_exist')}</Typography>;

  const act = async (which: 'commit' | 'cancel') => {
    setBusy(true);
    try {
      const updated =
        which === 'commit'
          ? await dataProvider.commitPovertyImport(String(record.id))
          : await dataProvider.cancelPovertyImport(String(record.id));
      notify(which === 'commit' ? 'chungTay.poverty.import.committed' : 'chungTay.poverty.import.cancelled', {
        type: 'success',
        messageArgs: counts(updated),
      });
      reload();
    } catch (e: any) {
      notify(e?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  const open = record.status === 'READY';

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.poverty.import.menu" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('chungTay.poverty.import.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {`${record.fileName} · ${translate(`chungTay.poverty.import.status.${record.status}`)}`}
          </Typography>
          <ImportSteps
            active={STEP[record.status] ?? 0}
            done={record.status === 'COMMITTED'}
            messages="chungTay.poverty.import"
          />
          <Typography sx={{ mb: 2 }} data-testid="poverty-import-summary">
            {translate('chungTay.poverty.import.summary', counts(record))}
          </Typography>
          {record.status === 'COMMITTED' ? (
            <Alert severity="success" sx={{ mb: 2 }} data-testid="poverty-import-committed">
              {translate('chungTay.poverty.import.committed', counts(record))}{' '}
              <Link component={RouterLink} to="/povertyStatistics">
                {translate('resources.povertyStatistics.name', { smart_count: 2 })}
              </Link>
            </Alert>
          ) : null}
          {record.status === 'CANCELLED' ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('chungTay.poverty.import.cancelled')}
            </Alert>
          ) : null}
          {open && record.invalidCount > 0 ? (
            <Alert severity="warning" sx={{ mb: 2 }} role="alert">
              {translate('chungTay.poverty.import.cannotCommit', counts(record))}
            </Alert>
          ) : null}
          {open ? (
            <Box sx={{ display: 'flex', gap: 2, my: 2, flexWrap: 'wrap' }}>
              <Button
                variant="contained"
                startIcon={<PostAddIcon />}
                disabled={busy || record.invalidCount > 0}
                onClick={() => setAsking('commit')}
              >
                {translate('chungTay.poverty.import.commit')}
              </Button>
              <Button color="error" startIcon={<CancelIcon />} disabled={busy} onClick={() => setAsking('cancel')}>
                {translate('chungTay.poverty.import.cancel')}
              </Button>
            </Box>
          ) : null}
          <Confirm
            isOpen={asking === 'commit'}
            loading={busy}
            title="chungTay.poverty.import.commitTitle"
            content="chungTay.poverty.import.commitConfirm"
            translateOptions={counts(record)}
            confirm="chungTay.poverty.import.commit"
            onConfirm={() => act('commit')}
            onClose={() => setAsking(null)}
          />
          <Confirm
            isOpen={asking === 'cancel'}
            loading={busy}
            title="chungTay.poverty.import.cancel"
            content="chungTay.poverty.import.cancelConfirm"
            translateOptions={counts(record)}
            confirm="chungTay.poverty.import.cancel"
            confirmColor="warning"
            onConfirm={() => act('cancel')}
            onClose={() => setAsking(null)}
          />
          <PovertyImportPreview
            lines={record.lines.nodes}
            total={record.lines.totalCount}
            onlyProblems={onlyProblems}
            onOnlyProblems={setOnlyProblems}
          />
        </CardContent>
      </Card>
    </Box>
  );
}
