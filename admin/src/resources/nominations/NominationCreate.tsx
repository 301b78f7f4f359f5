import Grid from '@mui/material/Grid';
import {
  Create,
  FormDataConsumer,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
} from 'react-admin';
import { todayInVietnam } from '../../common/dates';
import { CampaignReferenceInput, DateTextInput, UnitReferenceInput } from '../../common/inputs';
import { optionalText, requiredText } from '../../common/validation';
import { EligibilityPreview, parseYears } from './EligibilityPreview';

const KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'BUSINESS'];

/** The form's fields into CreateNominationInput: a new recipient, years as numbers. */
const transform = ({ excellentYearsText, ...data }: Record<string, any>) => ({
  ...data,
  excellentYears: parseYears(excellentYearsText),
});

/**
 * A new nomination (a draft of the proposing unit). The eligibility check beside it runs as the
 * board member types, so a nomination bound to fail is seen before it is saved.
 */
export function NominationCreate() {
  const { identity } = useGetIdentity();
  const board = identity?.grants?.find((g: any) => g.role === 'EMULATION_OFFICER');
  const t = (key: string) => `chungTay.commendations.fields.${key}`;
  return (
    <Create redirect="show" transform={transform} title="chungTay.commendations.create">
      <SimpleForm
        defaultValues={{
          proposedOn: todayInVietnam(),
          proposingUnitId: board?.unit.id,
          recipient: { kind: 'INDIVIDUAL', unitId: board?.unit.id },
        }}
      >
        <Grid container spacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 7 }}>
            {/* The catalogue is short (about twenty forms), highest distinction first: a plain select. */}
            <ReferenceInput source="formId" reference="commendationForms" filter={{ activeOnly: true }} perPage={100}>
              <SelectInput label={t('form')} optionText="name" validate={required()} fullWidth />
            </ReferenceInput>
            <SelectInput
              source="recipient.kind"
              label={t('recipientKind')}
              choices={KINDS.map((k) => ({ id: k, name: `chungTay.commendations.recipientKind.${k}` }))}
              validate={required()}
            />
            <TextInput source="recipient.name" label={t('recipient')} validate={requiredText(300)} fullWidth />
            <TextInput source="recipient.title" label={t('recipientTitle')} validate={optionalText(300)} fullWidth />
            <UnitReferenceInput source="recipient.unitId" label={t('recipientUnit')} validate={required()} />
            <CampaignReferenceInput source="campaignId" label={t('campaign')} />
            <UnitReferenceInput source="proposingUnitId" label={t('proposingUnit')} validate={required()} />
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
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <FormDataConsumer>
              {({ formData }: { formData: Record<string, any> }) => <EligibilityPreview values={formData} />}
            </FormDataConsumer>
          </Grid>
        </Grid>
      </SimpleForm>
    </Create>
  );
}
