import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { Loading, useDataProvider, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { Panel } from '../common/layout';
import { useLoaded } from '../common/useLoaded';
import type { ChungTayDataProvider } from '../dataProvider';
import { HistoryTable } from './HistoryTable';

/** The "History" tab: the record's audit trail, as far as the caller may read it (at most 100). */
export function RecordHistory() {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const translate = useTranslate();
  const id = String(record?.id ?? '');
  // Keyed by the last change too: after an edit, the tab shows it without a reload.
  const history = useLoaded(() => dataProvider.recordHistory(resource, id), `${resource}/${id}/${record?.updatedAt}`);
  if (!record) return null;
  return (
    <Panel title="chungTay.history.title" id="record-history">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('chungTay.history.help')}
      </Typography>
      {history.isPending && !history.data ? (
        <Loading />
      ) : history.error ? (
        <Alert severity="error">{(history.error as Error).message}</Alert>
      ) : history.data?.length ? (
        <HistoryTable events={history.data} />
      ) : (
        <Typography variant="body2" role="note">
          {translate('chungTay.history.empty')}
        </Typography>
      )}
    </Panel>
  );
}
