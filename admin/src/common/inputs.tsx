import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import {
  AutocompleteInput,
  FieldTitle,
  InputHelperText,
  ReferenceInput,
  SelectInput,
  TextInput,
  useInput,
  useLocale,
  useResourceContext,
  useTranslate,
  type TextInputProps,
  type Validator,
} from 'react-admin';
import { enumValues } from '../dataProvider/schema';
import { formatDate, isIsoDate, parseDate } from './dates';
import { formatDecimal, parseDecimal } from './decimal';
import { groupDigits, parseMoney } from './money';
import { dateValue, moneyValue, percentPoints } from './validation';

const asArray = (validate?: Validator | Validator[]) => (validate ? ([] as Validator[]).concat(validate) : []);

interface MoneyInputProps {
  source: string;
  label?: string;
  helperText?: string | false;
  validate?: Validator | Validator[];
  min?: bigint;
}

const display = (value: unknown) =>
  value == null || value === '' ? '' : /^-?\d+$/.test(String(value)) ? groupDigits(String(value)) : String(value);

/**
 * An amount of VND. Takes "19.000.000.000" or "19000000000" (see parseMoney); keeps what is typed
 * while typing, groups the digits on leaving the field, and stores a string of digits: no digit is
 * ever lost to floating point.
 */
export function MoneyInput({ source, label, helperText, validate, min }: MoneyInputProps) {
  const resource = useResourceContext();
  const translate = useTranslate();
  const { field, fieldState, formState, isRequired, id } = useInput({
    source,
    validate: [moneyValue({ min }), ...asArray(validate)],
    format: (v) => v,
    parse: (v) => v,
  });
  const [text, setText] = useState(() => display(field.value));

  useEffect(() => {
    // Follow the form when it changes the value (record loaded, form reset), not our own typing.
    const typed = text.trim() === '' ? null : (parseMoney(text) ?? text);
    if ((field.value ?? null) !== typed) setText(display(field.value));
  }, [field.value]);

  const showError = !!fieldState.error && (fieldState.isTouched || formState.isSubmitted);
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        field.onChange(next.trim() === '' ? null : (parseMoney(next) ?? next));
      }}
      onBlur={() => {
        const digits = parseMoney(text);
        if (digits) setText(groupDigits(digits));
        field.onBlur();
      }}
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      error={showError}
      helperText={
        <InputHelperText
          error={showError ? fieldState.error?.message : undefined}
          helperText={helperText ?? translate('chungTay.common.moneyHint')}
        />
      }
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">₫</InputAdornment> },
        htmlInput: { inputMode: 'numeric', autoComplete: 'off' },
      }}
      size="small"
      margin="dense"
      fullWidth
    />
  );
}

/** A calendar date typed as dd/MM/yyyy (the native date picker follows the browser's locale). */
export function DateTextInput(props: TextInputProps) {
  const translate = useTranslate();
  return (
    <TextInput
      helperText={translate('chungTay.common.dateHint')}
      {...props}
      format={(value) => (isIsoDate(value) ? formatDate(value) : (value ?? ''))}
      parse={(text: string) => (text.trim() === '' ? null : (parseDate(text) ?? text))}
      validate={[dateValue, ...asArray(props.validate)]}
      slotProps={{ htmlInput: { placeholder: 'dd/mm/yyyy', inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}

/** Percentage points ("3,5" in Vietnamese, "3.5" in English), stored as the API's Decimal string. */
export function PercentPointsInput(props: TextInputProps) {
  const locale = useLocale();
  const translate = useTranslate();
  return (
    <TextInput
      helperText={translate('chungTay.common.decimalHint')}
      {...props}
      format={(value) => (/^-?\d+(\.\d+)?$/.test(value ?? '') ? formatDecimal(value, locale) : (value ?? ''))}
      parse={(text: string) => (text.trim() === '' ? null : parseDecimal(text))}
      validate={[percentPoints, ...asArray(props.validate)]}
      slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
    />
  );
}

/** Choices for an enum of the schema, labelled from chungTay.enums.<Enum>. */
export function enumChoices(enumName: string) {
  return enumValues(enumName).map((value) => ({ id: value, name: `chungTay.enums.${enumName}.${value}` }));
}

export function EnumInput(props: {
  source: string;
  enumName: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  label?: string;
}) {
  const { enumName, alwaysOn: _alwaysOn, ...rest } = props;
  return <SelectInput {...rest} choices={enumChoices(enumName)} />;
}

interface ReferenceProps {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  filter?: Record<string, unknown>;
  alwaysOn?: boolean;
  helperText?: string | false;
}

const byQ = (q: string) => ({ q });

/** An administrative unit, found by typing its name or code ("ninh thuan", "58"). */
export function UnitReferenceInput({ source, label, validate, filter, helperText }: ReferenceProps) {
  const translate = useTranslate();
  const optionText = (unit: any) =>
    unit
      ? `${unit.name} (${unit.code})${unit.isHistorical ? ` – ${translate('chungTay.common.historical')}` : ''}`
      : '';
  return (
    <ReferenceInput
      source={source}
      reference="administrativeUnits"
      filter={filter}
      sort={{ field: 'code', order: 'ASC' }}
    >
      <AutocompleteInput
        label={label}
        optionText={optionText}
        filterToQuery={byQ}
        validate={validate}
        helperText={helperText}
        fullWidth
      />
    </ReferenceInput>
  );
}

export function OrganizationReferenceInput({ source, label, validate, filter, helperText }: ReferenceProps) {
  return (
    <ReferenceInput source={source} reference="organizations" filter={filter} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        label={label}
        optionText="name"
        filterToQuery={byQ}
        validate={validate}
        helperText={helperText}
        fullWidth
      />
    </ReferenceInput>
  );
}

export function CampaignReferenceInput({ source, label, validate, filter, helperText }: ReferenceProps) {
  const optionText = (campaign: any) => (campaign ? `${campaign.code} – ${campaign.name}` : '');
  return (
    <ReferenceInput source={source} reference="campaigns" filter={filter} sort={{ field: 'startsOn', order: 'DESC' }}>
      <AutocompleteInput
        label={label}
        optionText={optionText}
        filterToQuery={byQ}
        validate={validate}
        helperText={helperText}
        fullWidth
      />
    </ReferenceInput>
  );
}
