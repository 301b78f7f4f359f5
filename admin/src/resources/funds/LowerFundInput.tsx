import {
  AutocompleteInput,
  ChoicesContextProvider,
  ReferenceInput,
  useChoicesContext,
  type Validator,
} from 'react-admin';

const byQ = (q: string) => ({ q });
const optionText = (fund: any) => (fund ? `${fund.code} – ${fund.name}` : '');

/** The reference's choices without the source fund: a fund never allocates to itself. */
function WithoutSource({ sourceId, validate, label }: { sourceId: string; validate?: Validator[]; label: string }) {
  const choices = useChoicesContext();
  const keep = (list: any[] | undefined) => list?.filter((f) => String(f.id) !== sourceId);
  const value = {
    ...choices,
    allChoices: keep(choices.allChoices),
    availableChoices: keep(choices.availableChoices),
    selectedChoices: keep(choices.selectedChoices),
  } as typeof choices;
  return (
    <ChoicesContextProvider value={value}>
      <AutocompleteInput
        label={label}
        optionText={optionText}
        filterToQuery={byQ}
        validate={validate}
        helperText="chungTay.fundFlows.lowerFundHint"
        fullWidth
      />
    </ChoicesContextProvider>
  );
}

/** A fund under the source fund's unit (the API's unit filter covers the subtree), itself left out. */
export function LowerFundInput(props: { source: string; sourceId: string; unitId: string; validate?: Validator[] }) {
  return (
    <ReferenceInput source={props.source} reference="funds" filter={{ unitId: props.unitId }}>
      <WithoutSource sourceId={props.sourceId} validate={props.validate} label="chungTay.fundFlows.toFund" />
    </ReferenceInput>
  );
}
