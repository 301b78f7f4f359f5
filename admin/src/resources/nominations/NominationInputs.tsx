import { ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { CampaignReferenceInput, DateTextInput } from '../../common/inputs';
import { requiredText } from '../../common/validation';
import { parseYears } from './EligibilityPreview';

const t = (key: string) => `chungTay.commendations.fields.${key}`;

/** The form's fields into the API's input: the years typed as text become numbers. */
export const withYears = ({ excellentYearsText, ...data }: Record<string, any>) => ({
  ...data,
  excellentYears: parseYears(excellentYearsText),
});

/** The commendation form asked for. The catalogue is short (about twenty forms), highest first: a plain select. */
export function CommendationFormInput() {
  return (
    <ReferenceInput source="formId" reference="commendationForms" filter={{ activeOnly: true }} perPage={100}>
      <SelectInput label={t('form')} optionText="name" validate={required()} fullWidth />
    </ReferenceInput>
  );
}

/** What a nomination claims, as drafted and as edited after a return: campaign, date, years, achievement. */
export function NominationClaimInputs() {
  return (
    <>
      <CampaignReferenceInput source="campaignId" label={t('campaign')} />
      <DateTextInput source="proposedOn" label={t('proposedOn')} validate={required()} />
      <TextInput
        source="excellentYearsText"
        label={t('excellentYears')}
        helperText="chungTay.commendations.excellentYearsHint"
        fullWidth
      />
      <TextInput
        source="achievement"
        label={t('achievement')}
        validate={requiredText(4000)}
        multiline
        minRows={3}
        fullWidth
      />
    </>
  );
}
