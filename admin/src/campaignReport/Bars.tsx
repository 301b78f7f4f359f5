import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface Bar {
  key: string;
  label: string;
  /** The bar's length: an amount of VND or a count. */
  value: bigint;
  /** The figure written beside it ("3.935.745.000 ₫", "40"). */
  text: string;
  note?: string;
}

const COLOUR = '#b71c1c';

/** Width against the largest bar, in percent, with exact bigint arithmetic. */
function share(part: bigint, largest: bigint): number {
  return largest > 0n ? Number((part * 10_000n) / largest) / 100 : 0;
}

/**
 * Horizontal bars with their exact figures, plain HTML as on the public page: money by source,
 * support by purpose, commendations by form. Read by screen readers as a list.
 */
export function Bars({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  const largest = bars.reduce((max, b) => (b.value > max ? b.value : max), 0n);
  return (
    <Box component="figure" sx={{ m: 0, mb: 2.5 }} aria-label={title} data-testid={testId}>
      <Typography component="figcaption" variant="subtitle2" sx={{ fontWeight: 700, mb: 1 }}>
        {title}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {bars.map((bar) => (
          <Box component="li" key={bar.key} sx={{ mb: 1.25 }}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {bar.label}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
                {bar.text}
              </Typography>
            </Box>
            <Box sx={{ height: 10, borderRadius: 1, bgcolor: '#eee', overflow: 'hidden' }} aria-hidden>
              <Box sx={{ width: `${share(bar.value, largest)}%`, height: '100%', bgcolor: COLOUR }} />
            </Box>
            {bar.note && (
              <Typography variant="caption" color="text.secondary">
                {bar.note}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
