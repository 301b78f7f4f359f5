import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  Form,
  required,
  SaveButton,
  TextInput,
  Title,
  Toolbar,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { todayInVietnam } from '../../common/dates';
import { idempotencyKeys } from '../../common/idempotency';
import { CampaignReferenceInput, DateTextInput, MoneyInput } from '../../common/inputs';
import { formatMoney } from '../../common/money';
import { notBefore, optionalText } from '../../common/validation';
import type { ChungTayDataProvider } from '../../dataProvider';
import { DonorReferenceInput, FundReferenceInput } from '../donations/donationInputs';

type Values = Record<string, any>;

/** A promise to give (recordPledge), kept apart from money received until it is paid. */
export function PledgeCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const keys = useMemo(idempotencyKeys, []);

  const submit = async (values: Values) => {
    const data = {
      fundId: values.fundId,
      donorId: values.donorId,
      campaignId: values.campaignId,
      amount: values.amount,
      pledgedOn: values.pledgedOn,
      dueOn: values.dueOn,
      note: values.note,
    };
    try {
      const { data: pledge } = await dataProvider.create('pledges', {
        data: { ...data, idempotencyKey: keys.keyFor(data) },
      });
      keys.done();
      notify('chungTay.pledges.recorded', { type: 'success', messageArgs: { amount: formatMoney(pledge.amount) } });
      navigate('/pledges');
      return undefined;
    } catch (error: any) {
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
      return error?.body?.errors;
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.pledges.record" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('chungTay.pledges.record')}
          </Typography>
          <Form defaultValues={{ pledgedOn: todayInVietnam() }} onSubmit={submit} resource="pledges" noValidate>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <FundReferenceInput source="fundId" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <CampaignReferenceInput source="campaignId" />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <DonorReferenceInput source="donorId" />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <MoneyInput source="amount" validate={required()} min={0n} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <DateTextInput source="pledgedOn" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <DateTextInput source="dueOn" validate={notBefore('pledgedOn')} />
              </Grid>
              <Grid size={12}>
                <TextInput source="note" validate={optionalText(2000)} autoComplete="off" />
              </Grid>
            </Grid>
            <Toolbar>
              <SaveButton label="chungTay.pledges.save" alwaysEnable />
            </Toolbar>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
