import Grid from '@mui/material/Grid';
import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
} from 'react-admin';
import { todayInVietnam } from '../../common/dates';
import { UnitReferenceInput } from '../../common/inputs';
import { optionalText, requiredText } from '../../common/validation';
import { EligibilityPreview } from './EligibilityPreview';
import { CommendationFormInput, NominationClaimInputs, withYears } from './NominationInputs';

const KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'BUSINESS'];
const t = (key: string) => `chungTay.commendations.fields.${key}`;

/** Either a recipient on record (their history counts for eligibility) or a new one, never both. */
const transform = ({ recipientMode, recipient, recipientId, ...data }: Record<string, any>) =>
  withYears(recipientMode === 'existing' ? { ...data, recipientId } : { ...data, recipient });

const recipientText = (r: any) => (r ? `${r.title ? `${r.title} ` : ''}${r.name} – ${r.unit?.name ?? ''}` : '');

function NewRecipientInputs() {
  return (
    <>
      <SelectInput
        source="recipient.kind"
        label={t('recipientKind')}
        choices={KINDS.map((k) => ({ id: k, name: `chungTay.commendations.recipientKind.${k}` }))}
        validate={required()}
      />
      <TextInput source="recipient.name" label={t('recipient')} validate={requiredText(300)} fullWidth />
      <TextInput source="recipient.title" label={t('recipientTitle')} validate={optionalText(300)} fullWidth />
      <UnitReferenceInput source="recipient.unitId" label={t('recipientUnit')} validate={required()} />
    </>
  );
}

/** A recipient already on record in the board's units, found by typing their name without diacritics. */
function ExistingRecipientInput() {
  return (
    <ReferenceInput source="recipientId" reference="commendationRecipients" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        label={t('existingRecipient')}
        optionText={recipientText}
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        fullWidth
      />
    </ReferenceInput>
  );
}

/**
 * A new nomination (a draft of the proposing unit). The eligibility check beside it runs as the
 * board member types, so a nomination bound to fail is seen before it is saved. A recipient on
 * record is picked rather than typed again: their earlier commendations are what the rules of a
 * higher form (the Prime Minister's Bằng khen after a provincial one) look at.
 */
export function NominationCreate() {
  const { identity } = useGetIdentity();
  const board = identity?.grants?.find((g: any) => g.role === 'EMULATION_OFFICER');
  return (
    <Create redirect="show" transform={transform} title="chungTay.commendations.create">
      <SimpleForm
        defaultValues={{
          proposedOn: todayInVietnam(),
          proposingUnitId: board?.unit.id,
          recipientMode: 'new',
          recipient: { kind: 'INDIVIDUAL', unitId: board?.unit.id },
        }}
      >
        <Grid container spacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 7 }}>
            <CommendationFormInput />
            <RadioButtonGroupInput
              source="recipientMode"
              label={t('recipientMode')}
              choices={[
                { id: 'new', name: 'chungTay.commendations.recipientModes.new' },
                { id: 'existing', name: 'chungTay.commendations.recipientModes.existing' },
              ]}
            />
            <FormDataConsumer>
              {({ formData }: { formData: Record<string, any> }) =>
                formData.recipientMode === 'existing' ? <ExistingRecipientInput /> : <NewRecipientInputs />
              }
            </FormDataConsumer>
            <UnitReferenceInput source="proposingUnitId" label={t('proposingUnit')} validate={required()} />
            <NominationClaimInputs />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <FormDataConsumer>
              {({ formData }: { formData: Record<string, any> }) => (
                <EligibilityPreview
                  values={
                    formData.recipientMode === 'existing'
                      ? { ...formData, recipient: undefined }
                      : { ...formData, recipientId: undefined }
                  }
                />
              )}
            </FormDataConsumer>
          </Grid>
        </Grid>
      </SimpleForm>
    </Create>
  );
}
