import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import {
  CampaignReferenceInput,
  DateTextInput,
  EnumInput,
  MoneyInput,
  OrganizationReferenceInput,
  PercentPointsInput,
  UnitReferenceInput,
} from '../../common/inputs';
import { SaveOnlyToolbar } from '../../common/layout';
import {
  campaignCode,
  documentNumber,
  notBefore,
  notItself,
  optionalText,
  requiredText,
} from '../../common/validation';
import { VersionConflict } from '../../common/VersionConflict';

/** The campaign form, shared by create and edit; the code is set once, at creation. */
export function CampaignForm({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  return (
    <SimpleForm
      toolbar={<SaveOnlyToolbar />}
      defaultValues={mode === 'create' ? { status: 'PLANNED', kind: 'EMULATION_MOVEMENT' } : undefined}
    >
      <VersionConflict />
      <Grid container columnSpacing={2} sx={{ width: '100%' }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput
            source="code"
            validate={mode === 'create' ? campaignCode : undefined}
            disabled={mode === 'edit'}
            helperText={mode === 'edit' ? 'chungTay.common.readOnly' : 'chungTay.validation.campaignCode'}
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EnumInput source="kind" enumName="CampaignKind" validate={required()} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EnumInput source="status" enumName="CampaignStatus" validate={required()} />
        </Grid>
        <Grid size={12}>
          <TextInput source="name" validate={requiredText(500)} fullWidth multiline />
        </Grid>
        <Grid size={12}>
          <TextInput source="description" validate={optionalText(5000)} fullWidth multiline minRows={3} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DateTextInput source="startsOn" validate={required()} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DateTextInput source="endsOn" validate={notBefore('startsOn')} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <OrganizationReferenceInput source="organizerId" validate={required()} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <UnitReferenceInput source="scopeUnitId" validate={required()} />
        </Grid>
        <Grid size={12}>
          <CampaignReferenceInput source="parentId" validate={notItself} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <MoneyInput source="moneyTarget" min={0n} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <PercentPointsInput source="povertyReductionTarget" fullWidth />
        </Grid>
        <Grid size={12}>
          <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
            {translate('chungTay.campaigns.document')}
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput source="document.number" validate={[documentNumber, ...optionalText(100)]} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateTextInput source="document.issuedOn" fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput source="document.issuer" validate={optionalText(300)} fullWidth />
        </Grid>
      </Grid>
    </SimpleForm>
  );
}
