import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatMoney } from '../common/money';

/** One headline figure: a label over an exact amount, the amount also readable by a test. */
export function Figure({
  label,
  amount,
  testId,
  children,
}: {
  label: string;
  amount: string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        data-testid={testId}
        sx={{ fontWeight: 700, fontSize: '1.25rem', fontVariantNumeric: 'tabular-nums' }}
      >
        {formatMoney(amount)}
      </Typography>
      {children}
    </Box>
  );
}

/** Figures side by side on a wide screen, stacked on a phone. */
export function FigureGrid({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fit, minmax(220px, 1fr))' } }}
    >
      {children}
    </Box>
  );
}
