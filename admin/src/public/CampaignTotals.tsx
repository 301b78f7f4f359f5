import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { formatMoney } from '../common/money';
import { Figure, FigureGrid } from './Figure';
import { usePublicI18n } from './i18n';
import { PublicSection } from './PublicSection';
import type { PublicCampaign } from './queries';

/** Cash raised against the target; goods and pledges beside it, never added to the cash. */
export function CampaignTotals({ raised }: { raised: PublicCampaign['raised'] }) {
  const { t } = usePublicI18n();
  const percent = raised.percentOfTarget ? Number(raised.percentOfTarget) : null;
  return (
    <PublicSection title={t('totals.heading')}>
      <FigureGrid>
        <Figure label={t('totals.cash')} amount={raised.cash} testId="raised-cash">
          {raised.target ? (
            <>
              <LinearProgress
                variant="determinate"
                value={Math.min(100, percent ?? 0)}
                aria-label={t('totals.percent', { percent: raised.percentOfTarget ?? '0' })}
                sx={{ height: 8, borderRadius: 4, my: 0.75 }}
              />
              <Typography variant="body2" color="text.secondary">
                {t('totals.target', { amount: formatMoney(raised.target) })} ·{' '}
                {t('totals.percent', { percent: (raised.percentOfTarget ?? '0').replace('.', ',') })}
              </Typography>
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('totals.noTarget')}
            </Typography>
          )}
        </Figure>
        <Figure label={t('totals.inKind')} amount={raised.inKindValue} testId="raised-in-kind" />
        <Figure label={t('totals.pledged')} amount={raised.pledged} />
      </FigureGrid>
    </PublicSection>
  );
}
