import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { Edit, FormDataConsumer, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { EligibilityPreview } from './EligibilityPreview';
import { CommendationFormInput, NominationClaimInputs, withYears } from './NominationInputs';

/**
 * A draft, or a nomination returned for changes, edited by its board before it is (re)submitted.
 * The recipient and the proposing unit stay as drafted (a different recipient is a new
 * nomination); the eligibility check runs again as the fields change. A stale copy is refused.
 */
export function NominationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={withYears} title="chungTay.commendations.edit">
      <NominationEditForm />
    </Edit>
  );
}

function NominationEditForm() {
  const record = useRecordContext<any>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <SimpleForm defaultValues={{ excellentYearsText: (record.excellentYears ?? []).join(', ') }}>
      <Grid container spacing={2} sx={{ width: '100%' }}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Typography variant="subtitle1" component="p" sx={{ mb: 1 }}>
            {translate('chungTay.commendations.fields.recipient')}: <strong>{record.recipient?.name}</strong>
            {record.reason ? ` — ${translate('chungTay.commendations.returnedFor', { reason: record.reason })}` : ''}
          </Typography>
          <CommendationFormInput />
          <NominationClaimInputs />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormDataConsumer>
            {({ formData }: { formData: Record<string, any> }) => <EligibilityPreview values={formData} />}
          </FormDataConsumer>
        </Grid>
      </Grid>
    </SimpleForm>
  );
}
