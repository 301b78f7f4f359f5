import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import type { PlannedPovertyRate, PovertyFigure } from '@chung-tay/schema';
import { formatDecimal } from '../common/decimal';

const ACTUAL = '#b71c1c';
const PLAN = '#1565c0';
const W = 560;
const H = 240;
const PAD = { left: 44, right: 16, top: 16, bottom: 32 };

/**
 * The poor-household rate year by year against the plan line, drawn as plain SVG (the panel has
 * no chart library, and the public page draws its bars in HTML the same way): every point
 * carries its figure, and a table beside it gives the numbers to screen readers.
 */
export function PovertyChart({ series, plan }: { series: PovertyFigure[]; plan: PlannedPovertyRate[] }) {
  const translate = useTranslate();
  const locale = useLocale();
  const points = series.filter((f) => f.poorRate != null).map((f) => ({ year: f.year, rate: Number(f.poorRate) }));
  const planPoints = plan.map((p) => ({ year: p.year, rate: Number(p.rate) }));
  const all = [...points, ...planPoints];
  if (!all.length) return null;
  const years = all.map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const top = Math.max(...all.map((p) => p.rate)) * 1.15 || 1;
  const x = (year: number) =>
    PAD.left + (maxYear === minYear ? 0.5 : (year - minYear) / (maxYear - minYear)) * (W - PAD.left - PAD.right);
  const y = (rate: number) => PAD.top + (1 - rate / top) * (H - PAD.top - PAD.bottom);
  const path = (list: { year: number; rate: number }[]) =>
    list.map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.rate).toFixed(1)}`).join(' ');
  const ticks = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);
  const rateText = (rate: number) => formatDecimal(rate.toFixed(2), locale);
  return (
    <Box component="figure" sx={{ m: 0, mb: 2 }} data-testid="poverty-chart">
      <Typography component="figcaption" variant="subtitle2" sx={{ fontWeight: 700, mb: 1 }}>
        {translate('chungTay.campaignReport.povertyChart')}
      </Typography>
      <Box
        component="svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={translate('chungTay.campaignReport.povertyChart')}
        sx={{ width: '100%', maxWidth: W, height: 'auto', display: 'block' }}
      >
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#999" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#999" />
        {ticks.map((year) => (
          <text key={year} x={x(year)} y={H - 10} fontSize="11" textAnchor="middle" fill="#555">
            {year}
          </text>
        ))}
        {[0, 0.5, 1].map((share) => (
          <text key={share} x={PAD.left - 6} y={y(top * share) + 4} fontSize="11" textAnchor="end" fill="#555">
            {rateText(top * share)}
          </text>
        ))}
        {planPoints.length > 0 && (
          <path d={path(planPoints)} fill="none" stroke={PLAN} strokeWidth={2} strokeDasharray="6 4" />
        )}
        <path d={path(points)} fill="none" stroke={ACTUAL} strokeWidth={2.5} />
        {points.map((p) => (
          <g key={p.year}>
            <circle cx={x(p.year)} cy={y(p.rate)} r={4} fill={ACTUAL} />
            <text x={x(p.year)} y={y(p.rate) - 8} fontSize="11" textAnchor="middle" fill={ACTUAL}>
              {rateText(p.rate)}
            </text>
          </g>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} aria-hidden>
        <Legend colour={ACTUAL} label={translate('chungTay.campaignReport.actual')} />
        {planPoints.length > 0 && <Legend colour={PLAN} label={translate('chungTay.campaignReport.plan')} dashed />}
      </Box>
    </Box>
  );
}

function Legend({ colour, label, dashed }: { colour: string; label: string; dashed?: boolean }) {
  return (
    <Typography variant="caption" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Box
        component="span"
        sx={{
          width: 18,
          height: 0,
          borderTop: `3px ${dashed ? 'dashed' : 'solid'} ${colour}`,
          display: 'inline-block',
        }}
      />
      {label}
    </Typography>
  );
}
