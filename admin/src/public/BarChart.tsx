import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatMoney } from '../common/money';
import { usePublicI18n } from './i18n';

export interface Bar {
  key: string;
  label: string;
  cash: bigint;
  inKind: bigint;
  /** A line under the figure, e.g. how many grants. */
  note?: string;
}

const CASH_COLOUR = '#b71c1c';
const IN_KIND_COLOUR = '#f9a825';

/** Width of part against the largest bar, in percent; exact bigint arithmetic, then a number. */
function share(part: bigint, largest: bigint): number {
  return largest > 0n ? Number((part * 10_000n) / largest) / 100 : 0;
}

/**
 * Horizontal bars, cash and goods stacked in two colours, each with its exact figure written out
 * ("3.935.745.000 ₫"): plain HTML, light on a phone, read by screen readers as a list.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t } = usePublicI18n();
  const largest = bars.reduce((max, b) => (b.cash + b.inKind > max ? b.cash + b.inKind : max), 0n);
  const withGoods = bars.some((b) => b.inKind > 0n);
  return (
    <Box component="figure" sx={{ m: 0, mb: 2.5 }} aria-label={title}>
      <Typography component="figcaption" variant="subtitle2" sx={{ fontWeight: 700, mb: 1 }}>
        {title}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {bars.map((bar) => {
          const total = bar.cash + bar.inKind;
          return (
            <Box component="li" key={bar.key} sx={{ mb: 1.25 }}>
              <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {bar.label}
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(total)}
                </Typography>
              </Box>
              <Box
                sx={{ display: 'flex', height: 12, borderRadius: 1, bgcolor: '#eee', overflow: 'hidden' }}
                aria-hidden
              >
                <Box sx={{ width: `${share(bar.cash, largest)}%`, bgcolor: CASH_COLOUR }} />
                <Box sx={{ width: `${share(bar.inKind, largest)}%`, bgcolor: IN_KIND_COLOUR }} />
              </Box>
              <Typography variant="caption" color="text.secondary">
                {[
                  bar.inKind > 0n && bar.cash > 0n
                    ? `${t('went.cash')} ${formatMoney(bar.cash)} · ${t('went.inKind')} ${formatMoney(bar.inKind)}`
                    : bar.inKind > 0n
                      ? t('went.inKind')
                      : null,
                  bar.note,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </Box>
          );
        })}
      </Box>
      {withGoods && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} aria-hidden>
          <Legend colour={CASH_COLOUR} label={t('went.legendCash')} />
          <Legend colour={IN_KIND_COLOUR} label={t('went.legendInKind')} />
        </Box>
      )}
    </Box>
  );
}

function Legend({ colour, label }: { colour: string; label: string }) {
  return (
    <Typography variant="caption" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Box component="span" sx={{ width: 12, height: 12, bgcolor: colour, borderRadius: 0.5 }} />
      {label}
    </Typography>
  );
}
