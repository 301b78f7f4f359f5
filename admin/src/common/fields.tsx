import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useFieldValue, useLocale, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatDate, formatDateTime } from './dates';
import { formatDecimal } from './decimal';
import { formatMoney } from './money';

type Props = FieldProps & { textAlign?: 'left' | 'right' | 'center' };

function Text({ children }: { children: string }) {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {children === '' ? translate('chungTay.common.none') : children}
    </Typography>
  );
}

/** Money as "19.000.000.000 ₫": from the API's digit string, never through a float. */
export function MoneyField(props: Props) {
  const value = useFieldValue(props);
  return <Text>{formatMoney(value)}</Text>;
}

/** A calendar date as dd/MM/yyyy. */
export function DateTextField(props: Props) {
  const value = useFieldValue(props);
  return <Text>{formatDate(value)}</Text>;
}

/** An instant as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function DateTimeTextField(props: Props) {
  const value = useFieldValue(props);
  return <Text>{formatDateTime(value)}</Text>;
}

export function DecimalTextField(props: Props) {
  const value = useFieldValue(props);
  const locale = useLocale();
  return <Text>{formatDecimal(value, locale)}</Text>;
}

/** An enum value in the panel's language (chungTay.enums.<Enum>.<VALUE>). */
export function EnumField(props: Props & { enumName: string; chip?: boolean }) {
  const { enumName, chip } = props;
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (!value) return <Text>{''}</Text>;
  const label = translate(`chungTay.enums.${enumName}.${value}`, { _: String(value) });
  if (chip) {
    const color = value === 'ACTIVE' ? 'success' : value === 'PLANNED' ? 'info' : 'default';
    return <Chip size="small" label={label} color={color} variant="outlined" />;
  }
  return <Text>{label}</Text>;
}

/** "Historical" beside a unit that is no longer in force. */
export function HistoricalChip({ historical }: { historical?: boolean }) {
  const translate = useTranslate();
  if (!historical) return null;
  return (
    <Chip
      component="span"
      size="small"
      color="warning"
      variant="outlined"
      label={translate('chungTay.common.historical')}
      sx={{ ml: 1, verticalAlign: 'middle' }}
    />
  );
}

export function recordPath(reference: string, id: unknown) {
  return `/${reference}/${encodeURIComponent(String(id))}/show`;
}

/**
 * A related record the API returned inside this one (organizer, scopeUnit, parent): its name,
 * linked to its page, without another request.
 */
export function LinkedRecordField(props: Props & { reference: string; display?: string }) {
  const { reference, display = 'name' } = props;
  const related = useFieldValue(props) as Record<string, any> | null | undefined;
  if (!related) return <Text>{''}</Text>;
  return (
    <Link
      component={RouterLink}
      to={recordPath(reference, related.id)}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      variant="body2"
    >
      {related[display]}
      {related.isHistorical ? <HistoricalChip historical /> : null}
    </Link>
  );
}

/** A unit's name with its historical mark, and for a historical unit what it is today. */
export function UnitNameField(_props: Props) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const today = (record.today ?? []) as { id: string; name: string }[];
  const carriers = today.filter((u) => u.id !== record.id);
  return (
    <span>
      <Typography component="span" variant="body2">
        {record.name}
      </Typography>
      <HistoricalChip historical={record.isHistorical} />
      {record.isHistorical && carriers.length > 0 ? (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {translate('chungTay.units.today')}: {carriers.map((u) => u.name).join(', ')}
        </Typography>
      ) : null}
    </span>
  );
}
