import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  AutocompleteInput,
  Form,
  FormDataConsumer,
  minValue,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
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
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { Fund } from '@chung-tay/schema';
import { todayInVietnam } from '../../common/dates';
import { idempotencyKeys } from '../../common/idempotency';
import { CampaignReferenceInput, DateTextInput, EnumInput, MoneyInput, UnitReferenceInput } from '../../common/inputs';
import { formatMoney } from '../../common/money';
import { requiredText, wholeNumber } from '../../common/validation';
import type { ChungTayDataProvider } from '../../dataProvider';
import { FundReferenceInput } from '../donations/donationInputs';

type Values = Record<string, any>;

const byQ = (q: string) => ({ q });

const quantity = (value: unknown) =>
  value == null || value === '' || /^\d+([.,]\d{1,3})?$/.test(String(value))
    ? undefined
    : 'chungTay.validation.quantity';

/** Households and communes within the chosen fund's unit: it supports nowhere else. */
function RecipientInputs({ recipient, fundId }: { recipient?: string; fundId?: string | null }) {
  const { data: fund } = useGetOne<Fund>('funds', { id: fundId ?? '' }, { enabled: !!fundId });
  const unitId = fund ? String(fund.unit.id) : undefined;
  if (recipient === 'project') {
    return (
      <>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextInput source="project.name" validate={requiredText(300)} autoComplete="off" />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <UnitReferenceInput
            source="project.unitId"
            validate={required()}
            filter={unitId ? { withinUnitId: unitId } : undefined}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          {/* Optional: the decision's count of households, counted in reports' households reached. */}
          <NumberInput
            source="project.households"
            min={1}
            step={1}
            validate={[minValue(1), wholeNumber]}
            helperText="chungTay.supports.projectHouseholdsHint"
          />
        </Grid>
      </>
    );
  }
  return (
    <Grid size={12}>
      <ReferenceInput source="householdId" reference="households" filter={unitId ? { unitId } : undefined}>
        <AutocompleteInput
          optionText={(h: any) => (h ? `${h.headName}${h.address ? ` – ${h.address}` : ''}` : '')}
          filterToQuery={byQ}
          validate={required()}
          helperText="chungTay.supports.householdHint"
          fullWidth
        />
      </ReferenceInput>
    </Grid>
  );
}

function GoodsInputs({ medium }: { medium?: string }) {
  if (medium !== 'IN_KIND') return null;
  return (
    <>
      <Grid size={{ xs: 6, md: 3 }}>
        <TextInput
          source="inKind.quantity"
          validate={[required(), quantity]}
          slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TextInput source="inKind.unit" validate={requiredText(50)} helperText="chungTay.donations.unitHint" />
      </Grid>
    </>
  );
}

/**
 * Support out of a fund (disburseSupport): to a household or a commune project, for a purpose,
 * in cash or in goods the fund holds, with the decision behind it. Opened from a fund's page
 * with that fund chosen. One idempotency key per attempted form; refusals land on their fields.
 */
export function SupportCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const keys = useMemo(idempotencyKeys, []);

  const submit = async (values: Values) => {
    const toHousehold = values.recipient !== 'project';
    const goods = values.medium === 'IN_KIND';
    const data = {
      fundId: values.fundId,
      householdId: toHousehold ? values.householdId : null,
      project: toHousehold ? null : values.project,
      purpose: values.purpose,
      amount: values.amount,
      inKind: goods
        ? { quantity: String(values.inKind?.quantity ?? '').replace(',', '.'), unit: values.inKind?.unit }
        : null,
      supportedOn: values.supportedOn,
      decisionRef: values.decisionRef,
      campaignId: values.campaignId,
    };
    try {
      const { data: support } = await dataProvider.create('supports', {
        data: { ...data, idempotencyKey: keys.keyFor(data) },
      });
      keys.done();
      notify('chungTay.supports.recorded', { type: 'success', messageArgs: { amount: formatMoney(support.amount) } });
      navigate(`/supports/${encodeURIComponent(support.id)}/show`);
      return undefined;
    } catch (error: any) {
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
      // "quantity" (more goods than the fund holds) is the input's inKind.quantity.
      const errors = error?.body?.errors;
      return errors?.quantity ? { ...errors, inKind: { quantity: errors.quantity } } : errors;
    }
  };

  const defaults: Values = {
    fundId: params.get('fundId'),
    recipient: 'household',
    medium: 'CASH',
    supportedOn: todayInVietnam(),
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.fundFlows.disburse" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('chungTay.fundFlows.disburse')}
          </Typography>
          <Form defaultValues={defaults} onSubmit={submit} resource="supports" noValidate>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <FundReferenceInput source="fundId" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <CampaignReferenceInput source="campaignId" />
              </Grid>
              <Grid size={12}>
                <RadioButtonGroupInput
                  source="recipient"
                  label="chungTay.supports.recipient"
                  choices={[
                    { id: 'household', name: 'chungTay.supports.toHousehold' },
                    { id: 'project', name: 'chungTay.supports.toProject' },
                  ]}
                />
              </Grid>
              <FormDataConsumer>
                {({ formData }) => <RecipientInputs recipient={formData.recipient} fundId={formData.fundId} />}
              </FormDataConsumer>
              <Grid size={{ xs: 12, md: 6 }}>
                <EnumInput source="purpose" enumName="SupportPurpose" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <DateTextInput source="supportedOn" validate={required()} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <TextInput source="decisionRef" validate={requiredText(200)} autoComplete="off" />
              </Grid>
              <Grid size={12}>
                <RadioButtonGroupInput
                  source="medium"
                  label="chungTay.supports.medium"
                  choices={[
                    { id: 'CASH', name: 'chungTay.supports.cash' },
                    { id: 'IN_KIND', name: 'chungTay.supports.inKind' },
                  ]}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <FormDataConsumer>
                  {({ formData }) => (
                    <MoneyInput
                      source="amount"
                      validate={required()}
                      min={0n}
                      helperText={formData.medium === 'IN_KIND' ? translate('chungTay.supports.valueHint') : undefined}
                    />
                  )}
                </FormDataConsumer>
              </Grid>
              <FormDataConsumer>{({ formData }) => <GoodsInputs medium={formData.medium} />}</FormDataConsumer>
            </Grid>
            <Toolbar>
              <SaveButton label="chungTay.supports.save" alwaysEnable />
            </Toolbar>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
