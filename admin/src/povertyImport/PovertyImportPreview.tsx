import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import type { PovertyImportLine } from '@chung-tay/schema';
import { formatDecimal } from '../common/decimal';
import { formatCount } from '../statementImport/numbers';

const COLOR = { NEW: 'success', CHANGED: 'warning', UNCHANGED: 'default' } as const;

/**
 * Step 2: each line as read — its unit and what it matched, the figures with the derived rate
 * beside the reported one, and either its problems or what committing would do (a change shows
 * what the recorded statistic says now).
 */
export function PovertyImportPreview({
  lines,
  total,
  onlyProblems,
  onOnlyProblems,
}: {
  lines: PovertyImportLine[];
  total: number;
  onlyProblems: boolean;
  onOnlyProblems: (value: boolean) => void;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const c = (key: string) => translate(`chungTay.poverty.import.columns.${key}`);
  const rate = (value?: string | null) => (value == null ? '—' : `${formatDecimal(value, locale)}%`);
  const was = (line: PovertyImportLine, field: 'households' | 'poorHouseholds' | 'nearPoorHouseholds') =>
    line.changedFields.includes(field) && line.previous ? (
      <Typography variant="caption" color="warning.main" component="div">
        {translate('chungTay.poverty.import.was', { value: formatCount(line.previous[field] ?? 0) })}
      </Typography>
    ) : null;
  return (
    <>
      <FormControlLabel
        control={<Switch checked={onlyProblems} onChange={(e) => onOnlyProblems(e.target.checked)} />}
        label={translate('chungTay.poverty.import.onlyProblems')}
      />
      {lines.length === 0 ? (
        <Typography sx={{ my: 2 }}>{translate('chungTay.poverty.import.noLines')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('chungTay.poverty.import.step2')} data-testid="poverty-preview">
          <TableHead>
            <TableRow>
              {[
                'line',
                'unit',
                'matched',
                'year',
                'standard',
                'households',
                'poor',
                'nearPoor',
                'rate',
                'reported',
                'result',
              ].map((key) => (
                <TableCell key={key}>{c(key)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line) => (
              <TableRow key={line.lineNumber} data-line={line.lineNumber}>
                <TableCell>{line.lineNumber}</TableCell>
                <TableCell>{line.unitText ?? '—'}</TableCell>
                <TableCell>{line.unit ? `${line.unit.name} (${line.unit.code})` : '—'}</TableCell>
                <TableCell>{line.year ?? '—'}</TableCell>
                <TableCell>{line.standardCode ?? '—'}</TableCell>
                <TableCell align="right">
                  {line.households == null ? '—' : formatCount(line.households)}
                  {was(line, 'households')}
                </TableCell>
                <TableCell align="right">
                  {line.poorHouseholds == null ? '—' : formatCount(line.poorHouseholds)}
                  {was(line, 'poorHouseholds')}
                </TableCell>
                <TableCell align="right">
                  {line.nearPoorHouseholds == null ? '—' : formatCount(line.nearPoorHouseholds)}
                  {was(line, 'nearPoorHouseholds')}
                </TableCell>
                <TableCell align="right">{rate(line.poorRate)}</TableCell>
                <TableCell align="right">
                  {rate(line.reportedPoorRate)}
                  {line.poorRateDifference && Number(line.poorRateDifference) !== 0 ? (
                    <Typography variant="caption" color="warning.main" component="div">
                      {`Δ ${formatDecimal(line.poorRateDifference, locale)}`}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell>
                  {line.problems.length ? (
                    line.problems.map((p) => (
                      <Typography key={`${p.field}-${p.code}`} variant="body2" color="error" data-problem={p.code}>
                        {p.message}
                      </Typography>
                    ))
                  ) : line.change ? (
                    <Chip
                      size="small"
                      color={COLOR[line.change]}
                      label={translate(`chungTay.poverty.import.change.${line.change}`)}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {total > lines.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {`${formatCount(lines.length)} / ${formatCount(total)}`}
        </Typography>
      ) : null}
    </>
  );
}
