import UndoIcon from '@mui/icons-material/Undo';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MuiTextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { newIdempotencyKey } from '../../common/idempotency';
import { formatMoney } from '../../common/money';
import type { ChungTayDataProvider } from '../../dataProvider';

/**
 * "Reverse entry" on a ledger row: asks why, then posts the opposite entry (both stay visible).
 * One idempotency key per opened dialog, so a double click or a retry reverses once.
 */
export function ReverseEntryButton(_props: { label?: string }) {
  const entry = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'ledgerEntries', action: 'reverse' });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [key, setKey] = useState('');
  const [saving, setSaving] = useState(false);
  if (!entry || !canAccess || entry.kind === 'REVERSAL' || entry.reversedBy) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim() || saving) return;
    setSaving(true);
    try {
      await dataProvider.reverseLedgerEntry({ idempotencyKey: key, entryId: String(entry.id), reason: reason.trim() });
      notify('chungTay.ledger.reversed', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error: any) {
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        color="warning"
        startIcon={<UndoIcon />}
        onClick={(e) => {
          e.stopPropagation();
          setReason('');
          setKey(newIdempotencyKey());
          setOpen(true);
        }}
      >
        {translate('chungTay.ledger.reverse')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} fullWidth>
        <form onSubmit={submit}>
          <DialogTitle>{translate('chungTay.ledger.reverseTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText>
              {translate('chungTay.ledger.reverseText', {
                amount: formatMoney(entry.amount),
                document: entry.documentRef ?? '—',
              })}
            </DialogContentText>
            <MuiTextField
              autoFocus
              required
              fullWidth
              margin="dense"
              label={translate('chungTay.ledger.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" color="warning" variant="contained" disabled={saving || !reason.trim()}>
              {translate('chungTay.ledger.confirmReverse')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
