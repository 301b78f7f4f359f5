import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  Form,
  Loading,
  required,
  SaveButton,
  TextInput,
  Title,
  Toolbar,
  useDataProvider,
  useGetOne,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import type { Fund } from '@chung-tay/schema';
import { todayInVietnam } from '../../common/dates';
import { idempotencyKeys } from '../../common/idempotency';
import { CampaignReferenceInput, DateTextInput, MoneyInput } from '../../common/inputs';
import { formatMoney } from '../../common/money';
import { optionalText } from '../../common/validation';
import type { ChungTayDataProvider } from '../../dataProvider';
import { LowerFundInput } from './LowerFundInput';

type Values = Record<string, any>;

/**
 * Allocates cash from this fund to a lower one (allocateFunds): both sides post together or not
 * at all. One idempotency key per attempted form, as in donation entry. The server's refusals
 * (more than the balance, a fund that is not lower) land on their fields.
 */
export function FundAllocate() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { data: fund, isPending } = useGetOne<Fund>('funds', { id: id! });
  const keys = useMemo(idempotencyKeys, []);
  if (isPending) return <Loading />;
  if (!fund) return <Typography role="alert">{translate('ra.notification.item_doesnt_exist')}</Typography>;

  const submit = async (values: Values) => {
    const data = {
      fromFundId: String(fund.id),
      toFundId: values.toFundId,
      amount: values.amount,
      entryDate: values.entryDate,
      campaignId: values.campaignId,
      documentRef: values.documentRef,
      description: values.description,
    };
    try {
      const entry = await dataProvider.allocateFunds({ ...data, idempotencyKey: keys.keyFor(data) });
      keys.done();
      notify('chungTay.fundFlows.allocated', {
        type: 'success',
        messageArgs: {
          amount: formatMoney(String(entry.amount).replace('-', '')),
          fund: entry.counterpart?.fund?.name ?? '',
        },
      });
      navigate(`/funds/${encodeURIComponent(fund.id)}/show`);
      return undefined;
    } catch (error: any) {
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
      return error?.body?.errors;
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.fundFlows.allocate" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('chungTay.fundFlows.allocateTitle', { fund: `${fund.code} – ${fund.name}` })}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom data-testid="allocate-available">
            {translate('chungTay.fundFlows.available', { amount: formatMoney(fund.totals.balance) })}
          </Typography>
          <Form defaultValues={{ entryDate: todayInVietnam() }} onSubmit={submit} noValidate>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <LowerFundInput
                  source="toFundId"
                  sourceId={String(fund.id)}
                  unitId={String(fund.unit.id)}
                  validate={[required()]}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <MoneyInput source="amount" label="chungTay.fundFlows.amount" validate={required()} min={1n} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <DateTextInput source="entryDate" label="chungTay.fundFlows.entryDate" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <TextInput
                  source="documentRef"
                  label="chungTay.fundFlows.documentRef"
                  validate={optionalText(200)}
                  autoComplete="off"
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <CampaignReferenceInput source="campaignId" label="chungTay.fundFlows.campaignId" />
              </Grid>
              <Grid size={12}>
                <TextInput
                  source="description"
                  label="chungTay.fundFlows.description"
                  validate={optionalText(2000)}
                  autoComplete="off"
                />
              </Grid>
            </Grid>
            <Toolbar>
              <SaveButton label="chungTay.fundFlows.save" alwaysEnable />
            </Toolbar>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
