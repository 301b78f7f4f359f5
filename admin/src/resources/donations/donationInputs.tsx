import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

const byQ = (q: string) => ({ q });

interface Props {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
}

/** A fund, found by typing its code or name ("ninh thuan", "QVNN-BAC"). */
export function FundReferenceInput({ source, label, validate }: Props) {
  const optionText = (fund: any) => (fund ? `${fund.code} – ${fund.name}` : '');
  return (
    <ReferenceInput source={source} reference="funds">
      <AutocompleteInput label={label} optionText={optionText} filterToQuery={byQ} validate={validate} fullWidth />
    </ReferenceInput>
  );
}

/** A donor, found by name; left empty for an anonymous gift. */
export function DonorReferenceInput({ source, label, validate }: Props) {
  return (
    <ReferenceInput source={source} reference="donors" sort={{ field: 'displayName', order: 'ASC' }}>
      <AutocompleteInput
        label={label}
        optionText="displayName"
        filterToQuery={byQ}
        validate={validate}
        helperText="chungTay.donations.anonymousHint"
        fullWidth
      />
    </ReferenceInput>
  );
}
