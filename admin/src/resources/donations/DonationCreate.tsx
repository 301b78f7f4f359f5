import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import {
  Form,
  FormDataConsumer,
  required,
  SaveButton,
  TextInput,
  Title,
  Toolbar,
  useDataProvider,
  useNotify,
  useStore,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { todayInVietnam } from '../../common/dates';
import { newIdempotencyKey } from '../../common/idempotency';
import { CampaignReferenceInput, DateTextInput, EnumInput, MoneyInput } from '../../common/inputs';
import { formatMoney } from '../../common/money';
import { optionalText, requiredText } from '../../common/validation';
import type { ChungTayDataProvider } from '../../dataProvider';
import { DonorReferenceInput, FundReferenceInput } from './donationInputs';

type Values = Record<string, any>;

/** What stays from one entry to the next (and across visits): a desk works one fund and drive. */
interface Remembered {
  fundId?: string | null;
  campaignId?: string | null;
  channel?: string;
}

interface Recorded {
  id: string;
  receiptNumber: string;
  amount: string;
}

/** The fields one donation changes; the rest stay for the next entry. */
const PER_ENTRY = {
  amount: null,
  donorId: null,
  bankReference: null,
  note: null,
  inKind: { quantity: null, unit: null },
};

function ChannelFields({ channel }: { channel?: string }) {
  return (
    <>
      {channel === 'BANK_TRANSFER' ? (
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput source="bankReference" validate={requiredText(120)} autoComplete="off" />
        </Grid>
      ) : null}
      {channel === 'IN_KIND' ? (
        <>
          <Grid size={{ xs: 6, md: 2 }}>
            <TextInput
              source="inKind.quantity"
              label="resources.donations.fields.quantity"
              validate={[required(), quantity]}
              slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <TextInput
              source="inKind.unit"
              label="resources.donations.fields.quantityUnit"
              validate={requiredText(60)}
              helperText="chungTay.donations.unitHint"
            />
          </Grid>
        </>
      ) : null}
    </>
  );
}

const quantity = (value: unknown) =>
  value == null || value === '' || /^\d+([.,]\d{1,3})?$/.test(String(value))
    ? undefined
    : 'chungTay.validation.quantity';

/**
 * "Record a donation", built for a desk that logs hundreds a day: fund, campaign, date and
 * channel stay from one entry to the next (remembered across visits too); Enter in any field
 * saves; after saving, the receipt number shows, the amount, donor, reference and note clear and
 * the cursor is back in the amount. One idempotency key per entry: a double Enter, a retry after
 * a network error, never records twice; a changed entry gets a new key.
 */
export function DonationCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [remembered, setRemembered] = useStore<Remembered>('chungTay.donationEntry', {});
  const [recorded, setRecorded] = useState<Recorded[]>([]);
  // A saved entry remounts the form with what stays (react-hook-form is react-admin's, not ours).
  const [entry, setEntry] = useState<{ n: number; values: Values | null }>({ n: 0, values: null });
  const attempt = useRef<{ key: string; payload: string } | null>(null);
  const saving = useRef(false);

  // Back to the amount once the next entry's form is on screen.
  useEffect(() => {
    if (entry.n === 0) return;
    let tries = 0;
    const focus = () => {
      const amount = document.querySelector<HTMLInputElement>('input[name="amount"]');
      if (amount) amount.focus();
      if ((!amount || document.activeElement !== amount) && ++tries < 20) setTimeout(focus, 50);
    };
    focus();
  }, [entry.n]);

  const defaults: Values = entry.values ?? {
    fundId: remembered.fundId ?? null,
    campaignId: remembered.campaignId ?? null,
    donatedOn: todayInVietnam(),
    channel: remembered.channel ?? 'CASH',
    ...PER_ENTRY,
  };

  const submit = async (values: Values) => {
    if (saving.current) return;
    const data: Values = {
      fundId: values.fundId,
      campaignId: values.campaignId,
      donorId: values.donorId,
      donatedOn: values.donatedOn,
      channel: values.channel,
      amount: values.amount,
      bankReference: values.channel === 'BANK_TRANSFER' ? values.bankReference : null,
      inKind:
        values.channel === 'IN_KIND'
          ? { quantity: String(values.inKind?.quantity ?? '').replace(',', '.'), unit: values.inKind?.unit }
          : null,
      note: values.note,
    };
    // The same entry sent again (double Enter, retry) keeps its key; a corrected one gets a new one.
    const payload = JSON.stringify(data);
    if (!attempt.current || attempt.current.payload !== payload) {
      attempt.current = { key: newIdempotencyKey(), payload };
    }
    saving.current = true;
    try {
      const { data: donation } = await dataProvider.create('donations', {
        data: { ...data, idempotencyKey: attempt.current.key },
      });
      attempt.current = null;
      setRecorded((list) => [
        { id: String(donation.id), receiptNumber: donation.receiptNumber, amount: donation.amount },
        ...list.slice(0, 9),
      ]);
      notify('chungTay.donations.recorded', {
        type: 'success',
        messageArgs: { receipt: donation.receiptNumber, amount: formatMoney(donation.amount) },
      });
      setRemembered({ fundId: values.fundId, campaignId: values.campaignId, channel: values.channel });
      setEntry(({ n }) => ({ n: n + 1, values: { ...values, ...PER_ENTRY } }));
      return undefined;
    } catch (error: any) {
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
      return error?.body?.errors;
    } finally {
      saving.current = false;
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.donations.record" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('chungTay.donations.record')}
          </Typography>
          <Form key={entry.n} defaultValues={defaults} onSubmit={submit} resource="donations" noValidate>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <FundReferenceInput source="fundId" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <CampaignReferenceInput source="campaignId" />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <DateTextInput source="donatedOn" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <EnumInput source="channel" enumName="DonationChannel" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <MoneyInput source="amount" validate={required()} min={0n} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <DonorReferenceInput source="donorId" />
              </Grid>
              <FormDataConsumer>{({ formData }) => <ChannelFields channel={formData.channel} />}</FormDataConsumer>
              <Grid size={{ xs: 12 }}>
                <TextInput source="note" validate={optionalText(1000)} autoComplete="off" />
              </Grid>
            </Grid>
            <Toolbar sx={{ gap: 2 }}>
              <SaveButton label="chungTay.donations.save" alwaysEnable />
              <Typography variant="body2" color="text.secondary">
                {translate('chungTay.donations.keyboardHint')}
              </Typography>
            </Toolbar>
          </Form>
        </CardContent>
      </Card>
      {recorded.length > 0 ? (
        <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-label={translate('chungTay.donations.recent')}>
          <CardContent>
            <Typography variant="subtitle1" component="h2">
              {translate('chungTay.donations.recent')}
            </Typography>
            {recorded.map((r, i) => (
              <Alert key={r.id} severity={i === 0 ? 'success' : 'info'} sx={{ mt: 1 }}>
                <span data-testid={i === 0 ? 'last-receipt-number' : undefined}>{r.receiptNumber}</span> –{' '}
                {formatMoney(r.amount)} –{' '}
                <Link component={RouterLink} to={`/donations/${encodeURIComponent(r.id)}/show`}>
                  {translate('chungTay.donations.view')}
                </Link>{' '}
                ·{' '}
                <Link component={RouterLink} to={`/donations/${encodeURIComponent(r.id)}/receipt`}>
                  {translate('chungTay.receipt.open')}
                </Link>
              </Alert>
            ))}
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
}
