import Typography from '@mui/material/Typography';
import { useRecordContext, type FieldProps } from 'react-admin';
import { formatMoney } from '../../common/money';

/** A ledger amount with its sign: "+19.000.000.000 ₫" into the fund, "-19.000.000.000 ₫" out. */
export function LedgerAmountField(_props: FieldProps) {
  const record = useRecordContext();
  const amount = record?.amount as string | undefined;
  if (!amount) return null;
  const negative = amount.startsWith('-');
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', color: negative ? 'error.main' : 'success.main' }}
    >
      {negative ? formatMoney(amount) : `+${formatMoney(amount)}`}
    </Typography>
  );
}
