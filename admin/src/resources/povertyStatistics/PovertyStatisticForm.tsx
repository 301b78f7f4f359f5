import Typography from '@mui/material/Typography';
import { NumberInput, required, SelectInput, SimpleForm, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { PercentPointsInput, UnitReferenceInput } from '../../common/inputs';
import { wholeNumber } from '../../common/validation';
import { useStandardChoices } from './useStandardChoices';

const count = [wholeNumber];

/**
 * A year's review: on creation the unit, standard and year (recording them again replaces the
 * review); on edit only the counts change. Rates are derived by the server, not typed in.
 */
export function PovertyStatisticForm({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const standards = useStandardChoices();
  const record = useRecordContext();
  return (
    <SimpleForm>
      {mode === 'create' ? (
        <>
          <UnitReferenceInput source="unitId" validate={required()} />
          <SelectInput source="standardCode" choices={standards} validate={required()} />
          <NumberInput source="year" validate={required()} helperText="chungTay.poverty.yearHint" />
        </>
      ) : (
        <Typography variant="h6" component="p" sx={{ mb: 2 }}>
          {`${record?.unit?.name ?? ''} · ${record?.year ?? ''} · ${record?.standard?.code ?? ''}`}
        </Typography>
      )}
      <NumberInput source="households" validate={[required(), ...count]} min={1} />
      <NumberInput source="poorHouseholds" validate={[required(), ...count]} min={0} />
      <NumberInput source="nearPoorHouseholds" validate={count} min={0} />
      <NumberInput source="ethnicMinorityHouseholds" validate={count} min={0} />
      <NumberInput source="ethnicMinorityPoorHouseholds" validate={count} min={0} />
      <NumberInput source="people" validate={count} min={0} />
      <NumberInput source="poorPeople" validate={count} min={0} />
      <PercentPointsInput source="reportedPoorRate" />
      <PercentPointsInput source="reportedNearPoorRate" />
      <TextInput source="source" fullWidth />
      <Typography variant="body2" color="text.secondary">
        {translate('chungTay.poverty.derivedNote')}
      </Typography>
    </SimpleForm>
  );
}
