import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import {
  BooleanInput,
  NumberInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import { UnitReferenceInput } from '../../common/inputs';
import { SaveOnlyToolbar } from '../../common/layout';
import { optionalText, requiredText } from '../../common/validation';
import { VersionConflict } from '../../common/VersionConflict';

/** Who heads the household, where it lives, how many; personal data, said so on the form. */
export function HouseholdForm({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={<SaveOnlyToolbar />} defaultValues={mode === 'create' ? { ethnicMinority: false } : undefined}>
      <VersionConflict title="chungTay.households.conflictTitle" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('chungTay.households.personalData')}
      </Typography>
      <Grid container columnSpacing={2} sx={{ width: '100%' }}>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextInput source="headName" validate={requiredText(200)} fullWidth autoComplete="off" />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <NumberInput source="members" validate={[minValue(1), maxValue(50)]} fullWidth />
        </Grid>
        <Grid size={12}>
          <UnitReferenceInput source="unitId" validate={required()} />
        </Grid>
        <Grid size={12}>
          <TextInput source="address" validate={optionalText(500)} fullWidth autoComplete="off" />
        </Grid>
        <Grid size={12}>
          <BooleanInput source="ethnicMinority" />
        </Grid>
      </Grid>
    </SimpleForm>
  );
}
