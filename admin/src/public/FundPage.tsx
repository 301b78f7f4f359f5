import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useParams, Link as RouterLink } from 'react-router-dom';
import { FundTotalsSection } from './FundTotalsSection';
import { usePublicI18n } from './i18n';
import { MoneyWentSection } from './MoneyWentSection';
import { PUBLIC_BASE } from './paths';
import { EmptyNote, LoadError, Loading } from './PublicSection';
import { FUND, type PublicFund } from './queries';
import { StatementSection } from './StatementSection';
import { usePublicQuery } from './usePublicQuery';

/** /cong-khai/quy/:id: a fund's figures, its statement and where its money went. */
export function FundPage() {
  const { id = '' } = useParams();
  const { t } = usePublicI18n();
  const { data, error, loading, retry } = usePublicQuery<{ fund: PublicFund | null }>(FUND, { id });
  const fund = data?.fund;
  return (
    <>
      <Link component={RouterLink} to={PUBLIC_BASE} variant="body2" sx={{ display: 'inline-block', mb: 1.5 }}>
        {t('campaign.back')}
      </Link>
      {error ? (
        <LoadError retry={retry} />
      ) : loading && !data ? (
        <Loading />
      ) : !fund ? (
        <EmptyNote>{t('fund.notFound')}</EmptyNote>
      ) : (
        <>
          <Typography component="h1" variant="h5" sx={{ fontWeight: 700, mb: 0.5, overflowWrap: 'anywhere' }}>
            {fund.name}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {fund.code} · {t('fund.managedBy')}: {fund.organization.name}
          </Typography>
          <FundTotalsSection totals={fund.totals} />
          <StatementSection owner={{ fundId: fund.id }} />
          <MoneyWentSection owner={{ fundId: fund.id }} />
        </>
      )}
    </>
  );
}
