import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useDataProvider, useListContext, useTranslate } from 'react-admin';
import { useLoaded } from '../../common/useLoaded';
import { Panel } from '../../common/layout';
import type { ChungTayDataProvider } from '../../dataProvider';

/**
 * Totals by form and recipient kind for the registry's current filter (a campaign: "03 Bằng khen
 * of the Prime Minister, 40 of the provincial chairman"), counted by the server over every page.
 */
export function RegistryTotals() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const filter = Object.fromEntries(Object.entries(filterValues).filter(([, v]) => v !== '' && v != null));
  if (filter.year != null) filter.year = Number(filter.year);
  const totals = useLoaded(() => dataProvider.commendationTotals(filter), JSON.stringify(filter));
  if (!totals.data) return null;
  return (
    <Panel title="chungTay.commendations.totals.title" id="registry-totals">
      <Typography variant="body2" data-testid="registry-total">
        {translate('chungTay.commendations.totals.all', { count: totals.data.totalCount })}
      </Typography>
      <Table size="small" aria-label={translate('chungTay.commendations.totals.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('chungTay.commendations.fields.form')}</TableCell>
            <TableCell>{translate('chungTay.commendations.fields.recipientKind')}</TableCell>
            <TableCell align="right">{translate('chungTay.commendations.totals.count')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {totals.data.byForm.map((row) => (
            <TableRow key={`${row.form.id}-${row.recipientKind}`}>
              <TableCell>{row.form.name}</TableCell>
              <TableCell>{translate(`chungTay.commendations.recipientKind.${row.recipientKind}`)}</TableCell>
              <TableCell align="right">{String(row.count).padStart(2, '0')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}
