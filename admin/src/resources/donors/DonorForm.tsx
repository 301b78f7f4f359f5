import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { BooleanInput, SimpleForm, TextInput, email, required, useRecordContext, useTranslate } from 'react-admin';
import { EnumInput, UnitReferenceInput } from '../../common/inputs';
import { SaveOnlyToolbar } from '../../common/layout';
import { consentCoherent, optionalText, phone, requiredText, taxCode } from '../../common/validation';
import { VersionConflict } from '../../common/VersionConflict';

/** Phone, email, address, tax code: personal data, edited only by those who may see it. */
function ContactInputs() {
  return (
    <>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="contact.phone" validate={phone} fullWidth slotProps={{ htmlInput: { inputMode: 'tel' } }} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="contact.email" validate={[email(), ...optionalText(254)]} fullWidth type="email" />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <TextInput source="contact.address" validate={optionalText(500)} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <TextInput source="contact.taxCode" validate={taxCode} fullWidth />
      </Grid>
    </>
  );
}

/** The donor form: who they are, whether they may be named, and their contact details apart. */
export function DonorForm({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  // Withheld by the server (see DonorShow): the details stay as they are, unseen and unchanged.
  const hidden = useRecordContext()?._redacted?.contact as string | undefined;
  return (
    <SimpleForm
      toolbar={<SaveOnlyToolbar />}
      defaultValues={mode === 'create' ? { kind: 'INDIVIDUAL', anonymous: false, publicConsent: false } : undefined}
    >
      <VersionConflict />
      <Grid container columnSpacing={2} sx={{ width: '100%' }}>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextInput source="displayName" validate={requiredText(300)} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EnumInput source="kind" enumName="DonorKind" validate={required()} />
        </Grid>
        <Grid size={12}>
          <UnitReferenceInput source="unitId" validate={required()} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <BooleanInput source="anonymous" helperText="chungTay.donors.anonymousHelp" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <BooleanInput source="publicConsent" validate={consentCoherent} helperText="chungTay.donors.consentHelp" />
        </Grid>
        <Grid size={12}>
          <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
            {translate('chungTay.donors.contact')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('chungTay.common.personalData')}
          </Typography>
        </Grid>
        {hidden ? (
          <Grid size={12}>
            <Alert severity="info" role="note" sx={{ mt: 1 }}>
              <AlertTitle>{translate('chungTay.donors.hidden')}</AlertTitle>
              {hidden} {translate('chungTay.donors.hiddenKept')}
            </Alert>
          </Grid>
        ) : (
          <ContactInputs />
        )}
      </Grid>
    </SimpleForm>
  );
}
