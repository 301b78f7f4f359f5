import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate } from '../common/dates';
import { formatMoney } from '../common/money';
import { formatQuantity } from './format';
import { usePublicI18n } from './i18n';
import type { PublicStatementLine } from './queries';

// The API's word for a donor who is not named in public (server: ANONYMOUS_DONOR_NAME).
const ANONYMOUS = 'Nhà hảo tâm ẩn danh';

/** Three columns, so that it reads on a 375 px phone: the details sit under the donor's name. */
export function StatementTable({ lines }: { lines: PublicStatementLine[] }) {
  const { t } = usePublicI18n();
  return (
    <Table size="small" sx={{ '& td, & th': { px: { xs: 0.75, sm: 1.5 }, verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('statement.date')}</TableCell>
          <TableCell>{t('statement.donor')}</TableCell>
          <TableCell align="right">{t('statement.amountColumn')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => {
          const anonymous = line.donorName === ANONYMOUS;
          const details = [
            t(`channel.${line.channel}`),
            line.bankReference ? t('statement.bankReference', { reference: line.bankReference }) : null,
            t('statement.receipt', { number: line.receiptNumber }),
          ].filter(Boolean);
          return (
            <TableRow key={line.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(line.date)}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <Typography
                  variant="body2"
                  sx={{ fontWeight: 500, fontStyle: anonymous ? 'italic' : 'normal' }}
                  color={anonymous ? 'text.secondary' : 'text.primary'}
                >
                  {anonymous ? t('anonymous') : line.donorName}
                </Typography>
                {line.description && <Typography variant="body2">{line.description}</Typography>}
                <Typography variant="caption" color="text.secondary">
                  {details.join(' · ')}
                </Typography>
              </TableCell>
              <TableCell
                align="right"
                sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: 500 }}
              >
                {formatMoney(line.amount)}
                {line.quantity != null && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {t('statement.quantity', {
                      quantity: formatQuantity(line.quantity),
                      unit: line.quantityUnit ?? '',
                    })}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
