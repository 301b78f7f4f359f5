import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { CanAccess, useDataProvider, useGetIdentity, useLocale, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { PovertyFigure } from '@chung-tay/schema';
import type { ChungTayIdentity } from '../auth/authProvider';
import { formatDecimal } from '../common/decimal';
import { Panel } from '../common/layout';
import type { ChungTayDataProvider } from '../dataProvider';

const W = 640;
const H = 240;
const PAD = { left: 44, right: 16, top: 16, bottom: 32 };

/** The unit whose trend a user sees: their Front staff grant's, else their first grant's. */
function homeUnit(identity: ChungTayIdentity | undefined) {
  const grants = identity?.grants ?? [];
  return (grants.find((g) => g.role === 'FRONT_STAFF') ?? grants[0])?.unit;
}

/**
 * Poor and near-poor rates by year as two lines, in plain SVG like the dashboard's other charts
 * (no chart library). Where the standard changes a dashed line marks it: rates either side are
 * not comparable, and the chart must not let the eye join them silently.
 */
function TrendChart({ figures }: { figures: PovertyFigure[] }) {
  const theme = useTheme();
  const translate = useTranslate();
  const locale = useLocale();
  const years = figures.map((f) => f.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const rates = figures.flatMap((f) => [f.poorRate, f.nearPoorRate]).filter((r): r is string => r != null);
  const top = Math.max(5, Math.ceil(Math.max(...rates.map(Number)) / 5) * 5);
  // Two figures of one year (the baseline under a new standard) sit side by side.
  const shift = (i: number) => (figures.slice(0, i).some((g) => g.year === figures[i]!.year) ? 0.4 : 0);
  const span = Math.max(1, maxYear - minYear + (figures.length > new Set(years).size ? 0.4 : 0));
  const x = (f: PovertyFigure, i: number) =>
    PAD.left + ((f.year - minYear + shift(i)) / span) * (W - PAD.left - PAD.right);
  const y = (rate: string) => H - PAD.bottom - (Number(rate) / top) * (H - PAD.top - PAD.bottom);
  // Lines are drawn per standard: never across a change.
  const segments: PovertyFigure[][] = [];
  figures.forEach((f, i) =>
    i === 0 || f.standardChanged ? segments.push([f]) : segments[segments.length - 1]!.push(f),
  );
  const indexOf = (f: PovertyFigure) => figures.indexOf(f);
  const path = (segment: PovertyFigure[], pick: 'poorRate' | 'nearPoorRate') =>
    segment
      .filter((f) => f[pick] != null)
      .map((f, k) => `${k === 0 ? 'M' : 'L'}${x(f, indexOf(f)).toFixed(1)},${y(f[pick]!).toFixed(1)}`)
      .join(' ');
  const poorColor = theme.palette.error.main;
  const nearColor = theme.palette.warning.main;
  return (
    <Box
      component="svg"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={translate('chungTay.poverty.trend.titleNoUnit')}
      data-testid="poverty-trend-chart"
      sx={{ width: '100%', maxWidth: W, height: 'auto', display: 'block' }}
    >
      {[0, top / 2, top].map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(String(tick))}
            y2={y(String(tick))}
            stroke={theme.palette.divider}
          />
          <text
            x={PAD.left - 6}
            y={y(String(tick)) + 4}
            fontSize="11"
            textAnchor="end"
            fill={theme.palette.text.secondary}
          >
            {`${tick}%`}
          </text>
        </g>
      ))}
      {figures.map((f, i) =>
        f.standardChanged ? (
          <g key={`change-${i}`} data-testid="standard-change">
            <line
              x1={x(f, i) - 6}
              x2={x(f, i) - 6}
              y1={PAD.top}
              y2={H - PAD.bottom}
              stroke={theme.palette.text.secondary}
              strokeDasharray="4 3"
            />
            <text x={x(f, i) - 2} y={PAD.top + 10} fontSize="10" fill={theme.palette.text.secondary}>
              {translate('chungTay.poverty.trend.standardChanged', { code: f.standard.code })}
            </text>
          </g>
        ) : null,
      )}
      {segments.map((segment, k) => (
        <g key={k}>
          <path d={path(segment, 'nearPoorRate')} fill="none" stroke={nearColor} strokeWidth={2} />
          <path d={path(segment, 'poorRate')} fill="none" stroke={poorColor} strokeWidth={2.5} />
        </g>
      ))}
      {figures.map((f, i) => (
        <g key={`point-${i}`}>
          {f.nearPoorRate != null ? <circle cx={x(f, i)} cy={y(f.nearPoorRate)} r={3} fill={nearColor} /> : null}
          {f.poorRate != null ? (
            <circle cx={x(f, i)} cy={y(f.poorRate)} r={3.5} fill={poorColor}>
              <title>{`${f.year}: ${formatDecimal(f.poorRate, locale)}%`}</title>
            </circle>
          ) : null}
          <text
            x={x(f, i)}
            y={H - PAD.bottom + 16}
            fontSize="11"
            textAnchor="middle"
            fill={theme.palette.text.secondary}
          >
            {f.year}
          </text>
        </g>
      ))}
    </Box>
  );
}

function Legend() {
  const theme = useTheme();
  const translate = useTranslate();
  const item = (color: string, label: string) => (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box sx={{ width: 16, height: 4, bgcolor: color, borderRadius: 1 }} />
      <Typography variant="body2">{translate(label)}</Typography>
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', gap: 3, my: 1, flexWrap: 'wrap' }}>
      {item(theme.palette.error.main, 'chungTay.poverty.trend.poor')}
      {item(theme.palette.warning.main, 'chungTay.poverty.trend.nearPoor')}
    </Box>
  );
}

/** The poverty trend of the user's unit (through the units under it and merged into it), with the figures as a table. */
export function PovertyTrend() {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { data: identity, isPending } = useGetIdentity();
  const unit = homeUnit(identity as ChungTayIdentity | undefined);
  const unitId = unit?.id;
  const [figures, setFigures] = useState<PovertyFigure[] | null>(null);
  useEffect(() => {
    if (!unitId) return;
    dataProvider
      .povertySeries(unitId)
      .then(setFigures)
      .catch(() => setFigures([]));
  }, [dataProvider, unitId]);
  if (isPending || (unit && figures === null)) return <Skeleton variant="rectangular" height={200} />;
  const rate = (value?: string | null) => (value == null ? '—' : `${formatDecimal(value, locale)}%`);
  return (
    <Panel title="chungTay.poverty.trend.titleNoUnit" id="poverty-trend">
      {unit ? (
        <Typography variant="subtitle1" color="text.secondary" data-testid="poverty-trend-unit">
          {unit.name}
        </Typography>
      ) : null}
      {!figures?.length ? (
        <Box data-testid="poverty-trend-empty">
          <Typography>{translate('chungTay.poverty.trend.empty', { unit: unit?.name ?? '' })}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
            {translate('chungTay.poverty.trend.emptyHint')}
          </Typography>
          <CanAccess resource="povertyStatistics" action="create">
            <Box sx={{ display: 'flex', gap: 2 }}>
              <Button variant="outlined" component={RouterLink} to="/povertyStatistics/create">
                {translate('chungTay.poverty.trend.enter')}
              </Button>
              <Button variant="outlined" component={RouterLink} to="/povertyImports/create">
                {translate('chungTay.poverty.trend.importFile')}
              </Button>
            </Box>
          </CanAccess>
        </Box>
      ) : (
        <>
          <Legend />
          <TrendChart figures={figures} />
          {figures.some((f) => f.standardChanged) ? (
            <Typography variant="body2" color="text.secondary">
              {translate('chungTay.poverty.trend.standardChangedNote')}
            </Typography>
          ) : null}
          {figures.some((f) => f.includesFormerUnits) ? (
            <Typography variant="body2" color="text.secondary">
              {translate('chungTay.poverty.trend.formerUnits')}
            </Typography>
          ) : null}
          <Table size="small" aria-label={translate('chungTay.poverty.trend.table')} data-testid="poverty-trend-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('chungTay.poverty.trend.year')}</TableCell>
                <TableCell>{translate('resources.povertyStatistics.fields.standard')}</TableCell>
                <TableCell align="right">{translate('chungTay.poverty.trend.poor')}</TableCell>
                <TableCell align="right">{translate('chungTay.poverty.trend.nearPoor')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {figures.map((f) => (
                <TableRow key={`${f.year}-${f.standard.code}`} data-year={f.year}>
                  <TableCell>{f.year}</TableCell>
                  <TableCell>{f.standard.code}</TableCell>
                  <TableCell align="right">{rate(f.poorRate)}</TableCell>
                  <TableCell align="right">{rate(f.nearPoorRate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Panel>
  );
}
