import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useParams, Link as RouterLink } from 'react-router-dom';
import { formatDate } from '../common/dates';
import { CampaignTotals } from './CampaignTotals';
import { usePublicI18n } from './i18n';
import { MoneyWentSection } from './MoneyWentSection';
import { PUBLIC_BASE } from './paths';
import { EmptyNote, LoadError, Loading } from './PublicSection';
import { CAMPAIGN, type PublicCampaign } from './queries';
import { StatementSection } from './StatementSection';
import { usePublicQuery } from './usePublicQuery';

/** /cong-khai/chien-dich/:id: a campaign's totals, its statement and where its money went. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = usePublicI18n();
  const { data, error, loading, retry } = usePublicQuery<{ campaign: PublicCampaign | null }>(CAMPAIGN, { id });
  const campaign = data?.campaign;
  return (
    <>
      <Link component={RouterLink} to={PUBLIC_BASE} variant="body2" sx={{ display: 'inline-block', mb: 1.5 }}>
        {t('campaign.back')}
      </Link>
      {error ? (
        <LoadError retry={retry} />
      ) : loading && !data ? (
        <Loading />
      ) : !campaign ? (
        <EmptyNote>{t('campaign.notFound')}</EmptyNote>
      ) : (
        <>
          <Typography component="h1" variant="h5" sx={{ fontWeight: 700, mb: 0.5, overflowWrap: 'anywhere' }}>
            {campaign.name}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {campaign.code} · {t('campaign.organizer')}: {campaign.organizer.name} · {t('campaign.period')}:{' '}
            {formatDate(campaign.startsOn)} – {campaign.endsOn ? formatDate(campaign.endsOn) : t('campaign.ongoing')}
          </Typography>
          {campaign.description && (
            <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-line' }}>
              {campaign.description}
            </Typography>
          )}
          <CampaignTotals raised={campaign.raised} />
          <StatementSection owner={{ campaignId: campaign.id }} />
          <MoneyWentSection owner={{ campaignId: campaign.id }} />
        </>
      )}
    </>
  );
}
