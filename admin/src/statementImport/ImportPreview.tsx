import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ImportedStatementLine, StatementImport } from '@chung-tay/schema';
import { formatDate } from '../common/dates';
import { formatMoney } from '../common/money';
import type { ChungTayDataProvider } from '../dataProvider';
import { formatCount } from './numbers';

const LINE_COLORS: Record<string, 'success' | 'warning' | 'error' | 'default'> = {
  VALID: 'success',
  POSTED: 'success',
  DUPLICATE: 'warning',
  INVALID: 'error',
  SKIPPED: 'default',
};

/** The per-status counts as filters: before posting the valid lines, after it the posted ones. */
function statusFilters(record: StatementImport) {
  const committed = record.status === 'COMMITTED';
  return [
    { status: null, count: record.linesRead },
    committed ? { status: 'POSTED', count: record.postedCount } : { status: 'VALID', count: record.validCount },
    { status: 'DUPLICATE', count: record.duplicateCount },
    { status: 'INVALID', count: record.invalidCount },
    { status: 'SKIPPED', count: record.skippedCount },
  ];
}

/**
 * Step 2: every line of the statement as the import reads it, filtered by status, a page at a
 * time, with the reason beside each line that will not be posted.
 */
export function ImportPreview({ record }: { record: StatementImport }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [lines, setLines] = useState<{ totalCount: number; nodes: ImportedStatementLine[] } | null>(null);
  const column = (name: string) => translate(`chungTay.statementImport.columns.${name}`);

  useEffect(() => {
    let live = true;
    dataProvider
      .statementImportLines(String(record.id), { status, offset: page * perPage, limit: perPage })
      .then((result) => live && setLines(result))
      .catch(() => live && setLines({ totalCount: 0, nodes: [] }));
    return () => {
      live = false;
    };
  }, [dataProvider, record.id, record.status, status, page, perPage]);

  const committed = record.status === 'COMMITTED';
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 2 }} role="group">
        {statusFilters(record).map((f) => (
          <Chip
            key={f.status ?? 'ALL'}
            clickable
            color={f.status ? LINE_COLORS[f.status] : 'primary'}
            variant={status === f.status ? 'filled' : 'outlined'}
            aria-pressed={status === f.status}
            data-testid={`count-${f.status ?? 'ALL'}`}
            label={`${translate(f.status ? `chungTay.statementImport.lineStatus.${f.status}` : 'chungTay.statementImport.all')}: ${formatCount(f.count)}`}
            onClick={() => {
              setStatus(f.status);
              setPage(0);
            }}
          />
        ))}
      </Box>
      <Typography variant="body1" sx={{ mb: 2 }}>
        {translate(committed ? 'chungTay.statementImport.postedAmount' : 'chungTay.statementImport.validAmount')}:{' '}
        <Box component="strong" data-testid="import-valid-amount" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(record.validAmount)}
        </Box>
      </Typography>
      {record.linesRead === 0 ? (
        <Alert severity="info" role="note">
          {translate('chungTay.statementImport.emptyFile')}
        </Alert>
      ) : record.status === 'READY' && record.validCount === 0 ? (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          {translate('chungTay.statementImport.nothingValid')}
        </Alert>
      ) : null}
      {record.linesRead > 0 ? (
        <>
          <Table size="small" aria-label={translate('chungTay.statementImport.step2')}>
            <TableHead>
              <TableRow>
                <TableCell align="right">{column('lineNumber')}</TableCell>
                <TableCell>{column('date')}</TableCell>
                <TableCell align="right">{column('amount')}</TableCell>
                <TableCell>{column('description')}</TableCell>
                <TableCell>{column('bankReference')}</TableCell>
                <TableCell>{column('campaign')}</TableCell>
                <TableCell>{column('status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(lines?.nodes ?? []).map((line) => (
                <TableRow key={line.id} data-testid={`line-${line.lineNumber}`}>
                  <TableCell align="right">{line.lineNumber}</TableCell>
                  <TableCell>{formatDate(line.date)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {formatMoney(line.amount)}
                  </TableCell>
                  <TableCell>
                    {line.description}
                    {line.payerName ? (
                      <Typography variant="caption" display="block" color="text.secondary">
                        {`${column('payerName')}: ${line.payerName}`}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>{line.bankReference}</TableCell>
                  <TableCell>{line.campaign ? `${line.campaign.code} – ${line.campaign.name}` : ''}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={LINE_COLORS[line.status] ?? 'default'}
                      label={translate(`chungTay.statementImport.lineStatus.${line.status}`)}
                    />
                    {line.problem ? (
                      <Typography variant="body2" color="text.secondary" data-testid="line-problem">
                        {line.problem}
                      </Typography>
                    ) : null}
                    {line.status === 'INVALID' ? (
                      // What the bank wrote, so the reader can find and fix the cell.
                      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                        {line.raw}
                      </Typography>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
              {lines && lines.nodes.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={7}>
                    <Typography variant="body2" color="text.secondary" role="note">
                      {translate('chungTay.statementImport.emptyLines')}
                    </Typography>
                  </TableCell>
                </TableRow>
              ) : null}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={lines?.totalCount ?? 0}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={[25, 50, 100]}
            onPageChange={(_e, p) => setPage(p)}
            onRowsPerPageChange={(e) => {
              setPerPage(Number(e.target.value));
              setPage(0);
            }}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) =>
              translate('ra.navigation.page_range_info', {
                offsetBegin: formatCount(from),
                offsetEnd: formatCount(to),
                total: formatCount(count),
              })
            }
          />
        </>
      ) : null}
    </Box>
  );
}
