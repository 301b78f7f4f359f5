import PaidIcon from '@mui/icons-material/Paid';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import MuiTextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Pledge } from '@chung-tay/schema';
import { formatDate, parseDate, todayInVietnam } from '../../common/dates';
import { newIdempotencyKey } from '../../common/idempotency';
import { formatMoney } from '../../common/money';
import type { ChungTayDataProvider } from '../../dataProvider';

/**
 * "Record payment" on an open pledge: the day the money came and how; the pledge becomes a
 * donation with its receipt number. One idempotency key per opened dialog.
 */
export function FulfillPledgeButton() {
  const pledge = useRecordContext<Pledge>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'pledges', action: 'fulfill', record: pledge });
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [day, setDay] = useState('');
  const [channel, setChannel] = useState('CASH');
  const [bankReference, setBankReference] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  if (!pledge || !canAccess) return null;
  const donatedOn = parseDate(day);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!donatedOn || saving) return;
    setSaving(true);
    try {
      const donation = await dataProvider.fulfillPledge({
        idempotencyKey: key,
        pledgeId: String(pledge.id),
        donatedOn,
        channel,
        bankReference: channel === 'BANK_TRANSFER' ? bankReference : null,
      });
      notify('chungTay.pledges.fulfilled', { type: 'success', messageArgs: { receipt: donation.receiptNumber } });
      setOpen(false);
      refresh();
    } catch (error: any) {
      setErrors(error?.body?.errors ?? {});
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<PaidIcon />}
        onClick={() => {
          setKey(newIdempotencyKey());
          setDay(formatDate(todayInVietnam()));
          setErrors({});
          setOpen(true);
        }}
      >
        {translate('chungTay.pledges.fulfill')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <form onSubmit={submit}>
          <DialogTitle>
            {translate('chungTay.pledges.fulfillTitle', { amount: formatMoney(pledge.amount) })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText>
              {translate('chungTay.pledges.fulfillText', {
                amount: formatMoney(pledge.amount),
                fund: pledge.fund.name,
              })}
            </DialogContentText>
            <MuiTextField
              autoFocus
              required
              fullWidth
              margin="dense"
              label={translate('chungTay.pledges.donatedOn')}
              value={day}
              onChange={(e) => setDay(e.target.value)}
              error={(day !== '' && !donatedOn) || !!errors.donatedOn}
              helperText={errors.donatedOn ?? translate('chungTay.common.dateHint')}
              slotProps={{ htmlInput: { placeholder: 'dd/mm/yyyy', inputMode: 'numeric', autoComplete: 'off' } }}
            />
            <MuiTextField
              select
              fullWidth
              margin="dense"
              label={translate('chungTay.pledges.channel')}
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
              error={!!errors.channel}
              helperText={errors.channel}
            >
              {['CASH', 'BANK_TRANSFER'].map((v) => (
                <MenuItem key={v} value={v}>
                  {translate(`chungTay.enums.DonationChannel.${v}`)}
                </MenuItem>
              ))}
            </MuiTextField>
            {channel === 'BANK_TRANSFER' ? (
              <MuiTextField
                required
                fullWidth
                margin="dense"
                label={translate('chungTay.pledges.bankReference')}
                value={bankReference}
                onChange={(e) => setBankReference(e.target.value)}
                error={!!errors.bankReference}
                helperText={errors.bankReference}
                slotProps={{ htmlInput: { maxLength: 120, autoComplete: 'off' } }}
              />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={saving || !donatedOn}>
              {translate('chungTay.pledges.fulfill')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
