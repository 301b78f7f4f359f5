import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatMoney } from '../common/money';
import { Figure, FigureGrid } from './Figure';
import { usePublicI18n } from './i18n';
import { PublicSection } from './PublicSection';
import type { PublicFund } from './queries';

/** A fund's cash in and out, its balance, and the goods it holds (apart from the cash). */
export function FundTotalsSection({ totals }: { totals: PublicFund['totals'] }) {
  const { t } = usePublicI18n();
  return (
    <PublicSection title={t('fundTotals.heading')}>
      <FigureGrid>
        <Figure label={t('fundTotals.received')} amount={totals.received} testId="fund-received" />
        <Figure label={t('fundTotals.allocatedIn')} amount={totals.allocatedIn} />
        <Figure label={t('fundTotals.disbursed')} amount={totals.disbursed} />
        <Figure label={t('fundTotals.allocatedOut')} amount={totals.allocatedOut} />
        <Figure label={t('fundTotals.balance')} amount={totals.balance} testId="fund-balance" />
      </FigureGrid>
      {totals.goodsOnHand.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {t('fundTotals.goodsOnHand')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {totals.goodsOnHand.map((g) => (
              <li key={g.unit}>
                {String(g.quantity)} {g.unit} · {formatMoney(g.value)}
              </li>
            ))}
          </Box>
        </Box>
      )}
    </PublicSection>
  );
}
