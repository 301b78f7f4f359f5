import Grid from '@mui/material/Grid';
import {
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  number,
  regex,
  required,
  useLocale,
} from 'react-admin';
import {
  DateTextInput,
  EnumInput,
  MoneyInput,
  PercentPointsInput,
  UnitReferenceInput,
  enumChoices,
} from '../../common/inputs';
import { optionalText, requiredText } from '../../common/validation';
import { formatQuantity } from './format';

const L = (field: string) => `chungTay.campaignFacts.fields.${field}`;
const year = [number(), minValue(1945), maxValue(2100)];
const count = [number(), minValue(0)];

function YearsInputs({ requireTo }: { requireTo?: boolean }) {
  return (
    <Grid container spacing={2}>
      <Grid size={6}>
        <NumberInput source="fromYear" label={L('fromYear')} validate={[required(), ...year]} fullWidth />
      </Grid>
      <Grid size={6}>
        <NumberInput
          source="toYear"
          label={L('toYear')}
          validate={requireTo ? [required(), ...year] : year}
          fullWidth
        />
      </Grid>
    </Grid>
  );
}

function UnitInput() {
  return <UnitReferenceInput source="unitId" label={L('unitId')} helperText={L('unitHelp')} />;
}

function SourceAndNote() {
  return (
    <>
      <TextInput source="source" label={L('source')} validate={optionalText(500)} fullWidth />
      <TextInput source="note" label={L('note')} validate={optionalText(2000)} fullWidth multiline />
    </>
  );
}

/** A plan: a rate reduction in points a year (a figure or a range), or money to raise. */
export function PlanForm({ isNew }: { isNew: boolean }) {
  return (
    <>
      {/* The kind decides the figures: it is set once (UpdateCampaignPlanInput has none). */}
      {isNew ? <EnumInput source="kind" enumName="PlanKind" label={L('planKind')} validate={required()} /> : null}
      <UnitInput />
      <YearsInputs requireTo />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'MONEY_TO_RAISE' ? (
            <MoneyInput source="moneyAmount" label={L('moneyAmount')} validate={required()} min={1n} />
          ) : formData.kind ? (
            <Grid container spacing={2}>
              <Grid size={6}>
                <PercentPointsInput
                  source="minPointsPerYear"
                  label={L('minPointsPerYear')}
                  validate={required()}
                  fullWidth
                />
              </Grid>
              <Grid size={6}>
                <PercentPointsInput source="maxPointsPerYear" label={L('maxPointsPerYear')} fullWidth />
              </Grid>
            </Grid>
          ) : null
        }
      </FormDataConsumer>
      <SourceAndNote />
    </>
  );
}

/** An activity: a count of one kind over a year or a span, or a single event on a day. */
export function ActivityForm() {
  return (
    <>
      <EnumInput source="kind" enumName="ActivityKind" label={L('activityKind')} validate={required()} />
      <UnitInput />
      <YearsInputs />
      <DateTextInput source="heldOn" label={L('heldOn')} fullWidth />
      <Grid container spacing={2}>
        <Grid size={6}>
          <NumberInput source="count" label={L('count')} validate={[required(), ...count]} fullWidth />
        </Grid>
        <Grid size={6}>
          <NumberInput
            source="participants"
            label={L('participants')}
            helperText={L('participantsHelp')}
            validate={count}
            fullWidth
          />
        </Grid>
      </Grid>
      <TextInput source="note" label={L('note')} validate={optionalText(2000)} fullWidth multiline />
    </>
  );
}

/** An exemplary person, collective, household or livelihood model, and where it was replicated. */
export function ExemplarForm() {
  return (
    <>
      <EnumInput source="kind" enumName="ExemplarKind" label={L('exemplarKind')} validate={required()} />
      <TextInput source="name" label={L('name')} validate={requiredText(300)} fullWidth />
      <UnitInput />
      <TextInput source="place" label={L('place')} validate={optionalText(300)} fullWidth />
      <NumberInput source="year" label={L('year')} validate={year} fullWidth />
      <TextInput source="description" label={L('description')} validate={optionalText(4000)} fullWidth multiline />
      <BooleanInput source="replicated" label={L('replicated')} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.replicated ? (
            <>
              <NumberInput source="replicationCount" label={L('replicationCount')} validate={count} fullWidth />
              <TextInput
                source="replicatedWhere"
                label={L('replicatedWhere')}
                validate={optionalText(1000)}
                fullWidth
              />
            </>
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}

const quantity = regex(/^\d{1,15}(\.\d{1,3})?$/, 'chungTay.validation.quantity');

/** A count as typed ("5.347" or "2,5" in Vietnamese) → the API's Quantity ("5347", "2.5"). */
function parseCount(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const plain =
    /,\d{1,3}$/.test(trimmed) || /^\d{1,3}(\.\d{3})+$/.test(trimmed)
      ? trimmed.replace(/\./g, '').replace(',', '.')
      : trimmed;
  return plain;
}

/**
 * A figure as the report states it: money or a count, a part of another (same measure), and
 * optionally the fact it claims, which the consistency check compares it with.
 */
export function FigureForm({
  isNew,
  figures,
}: {
  isNew: boolean;
  figures: { id: string; label: string; measure: string }[];
}) {
  const locale = useLocale();
  return (
    <>
      <TextInput source="label" label={L('label')} validate={requiredText(500)} fullWidth multiline />
      {isNew ? (
        <EnumInput source="measure" enumName="FigureMeasure" label={L('measure')} validate={required()} />
      ) : null}
      <FormDataConsumer>
        {({ formData }) => (
          <>
            {formData.measure === 'MONEY' ? (
              <MoneyInput source="money" label={L('money')} validate={required()} min={0n} />
            ) : formData.measure === 'COUNT' ? (
              <Grid container spacing={2}>
                <Grid size={6}>
                  <TextInput
                    source="count"
                    label={L('count')}
                    validate={[required(), quantity]}
                    format={(v) => (v == null ? '' : /^\d+(\.\d+)?$/.test(v) ? formatQuantity(v, locale) : v)}
                    parse={parseCount}
                    fullWidth
                  />
                </Grid>
                <Grid size={6}>
                  <TextInput source="countUnit" label={L('countUnit')} validate={optionalText(50)} fullWidth />
                </Grid>
              </Grid>
            ) : null}
            <SelectInput
              source="parentId"
              label={L('parentId')}
              choices={figures.filter(
                (f) => f.id !== formData.id && (!formData.measure || f.measure === formData.measure),
              )}
              optionText="label"
              emptyText={L('noParent')}
              fullWidth
            />
          </>
        )}
      </FormDataConsumer>
      <UnitInput />
      <NumberInput source="position" label={L('position')} validate={count} fullWidth />
      <SelectInput
        source="claims.fact"
        label={L('claimsFact')}
        choices={enumChoices('FigureFact')}
        emptyText={L('noClaim')}
        fullWidth
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.claims?.fact ? (
            <>
              <SelectInput
                source="claims.purpose"
                label={L('claimsPurpose')}
                choices={enumChoices('SupportPurpose')}
                fullWidth
              />
              <Grid container spacing={2}>
                <Grid size={6}>
                  <TextInput source="claims.formCode" label={L('claimsFormCode')} fullWidth />
                </Grid>
                <Grid size={6}>
                  <SelectInput
                    source="claims.recipientKind"
                    label={L('claimsRecipientKind')}
                    choices={enumChoices('RecipientKind')}
                    fullWidth
                  />
                </Grid>
                <Grid size={6}>
                  <NumberInput source="claims.fromYear" label={L('fromYear')} validate={year} fullWidth />
                </Grid>
                <Grid size={6}>
                  <NumberInput source="claims.toYear" label={L('toYear')} validate={year} fullWidth />
                </Grid>
              </Grid>
            </>
          ) : null
        }
      </FormDataConsumer>
      <SourceAndNote />
    </>
  );
}
