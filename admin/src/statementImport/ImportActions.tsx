import CancelIcon from '@mui/icons-material/Cancel';
import PostAddIcon from '@mui/icons-material/PostAdd';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { Confirm, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { StatementImport } from '@chung-tay/schema';
import { formatMoney } from '../common/money';
import type { ChungTayDataProvider } from '../dataProvider';
import { formatCount } from './numbers';

/**
 * Step 3: "Ghi sổ" (every valid line at once, after a confirmation naming the count and the
 * exact total) and "Hủy lần nhập", for the fund's own Front staff while nothing is posted.
 */
export function ImportActions({
  record,
  onChange,
}: {
  record: StatementImport;
  onChange: (record: StatementImport) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'funds', action: 'import', record: record.fund });
  const [asking, setAsking] = useState<'commit' | 'cancel' | null>(null);
  const [busy, setBusy] = useState(false);
  if (!canAccess || record.status === 'COMMITTED' || record.status === 'CANCELLED') return null;

  const fund = `${record.fund.code} – ${record.fund.name}`;
  const act = async (which: 'commit' | 'cancel') => {
    setBusy(true);
    try {
      const id = String(record.id);
      const updated =
        which === 'commit'
          ? await dataProvider.commitStatementImport(id)
          : await dataProvider.cancelStatementImport(id);
      notify(which === 'commit' ? 'chungTay.statementImport.committed' : 'chungTay.statementImport.cancelled', {
        type: 'success',
        messageArgs: { count: formatCount(updated.postedCount), amount: formatMoney(updated.validAmount) },
      });
      onChange(updated);
    } catch (e: any) {
      notify(e?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 2, my: 2, flexWrap: 'wrap' }}>
      {record.status === 'READY' ? (
        <Button
          variant="contained"
          startIcon={<PostAddIcon />}
          disabled={record.validCount === 0 || busy}
          onClick={() => setAsking('commit')}
        >
          {translate('chungTay.statementImport.commit')}
        </Button>
      ) : null}
      <Button color="error" startIcon={<CancelIcon />} disabled={busy} onClick={() => setAsking('cancel')}>
        {translate('chungTay.statementImport.cancel')}
      </Button>
      <Confirm
        isOpen={asking === 'commit'}
        loading={busy}
        title="chungTay.statementImport.commitTitle"
        content="chungTay.statementImport.commitConfirm"
        translateOptions={{ count: formatCount(record.validCount), amount: formatMoney(record.validAmount), fund }}
        confirm="chungTay.statementImport.commit"
        onConfirm={() => act('commit')}
        onClose={() => setAsking(null)}
      />
      <Confirm
        isOpen={asking === 'cancel'}
        loading={busy}
        title="chungTay.statementImport.cancelTitle"
        content="chungTay.statementImport.cancelConfirm"
        translateOptions={{ file: record.fileName }}
        confirm="chungTay.statementImport.cancel"
        confirmColor="warning"
        onConfirm={() => act('cancel')}
        onClose={() => setAsking(null)}
      />
    </Box>
  );
}
