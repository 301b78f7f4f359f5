import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { formatMoney } from '../common/money';
import { usePublicI18n } from './i18n';
import { campaignPath, fundPath } from './paths';
import { EmptyNote, LoadError, Loading, PublicSection } from './PublicSection';
import { CAMPAIGNS, FUNDS, type CampaignChoice, type FundChoice } from './queries';
import { usePublicQuery } from './usePublicQuery';

type Kind = 'campaigns' | 'funds';

/** Typing settles for a moment before the list is asked for again. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** /cong-khai: find the campaign or fund whose statement to read. */
export function ChoosePage() {
  const { t } = usePublicI18n();
  const [params, setParams] = useSearchParams();
  const kind: Kind = params.get('xem') === 'quy' ? 'funds' : 'campaigns';
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const campaigns = usePublicQuery<{ campaigns: { nodes: CampaignChoice[] } }>(
    kind === 'campaigns' ? CAMPAIGNS : null,
    {
      q: q || null,
    },
  );
  const funds = usePublicQuery<{ funds: { nodes: FundChoice[] } }>(kind === 'funds' ? FUNDS : null, { q: q || null });
  const current = kind === 'campaigns' ? campaigns : funds;
  const items =
    kind === 'campaigns'
      ? (campaigns.data?.campaigns.nodes ?? []).map((c) => ({
          id: c.id,
          to: campaignPath(c.id),
          title: c.name,
          code: c.code,
          figure: [
            t('choose.raised', { amount: formatMoney(c.raised.cash) }),
            BigInt(c.raised.inKindValue) > 0n ? t('choose.inKind', { amount: formatMoney(c.raised.inKindValue) }) : '',
          ]
            .filter(Boolean)
            .join(' · '),
        }))
      : (funds.data?.funds.nodes ?? []).map((f) => ({
          id: f.id,
          to: fundPath(f.id),
          title: f.name,
          code: f.code,
          figure: t('choose.received', { amount: formatMoney(f.totals.received) }),
        }));

  return (
    <>
      <Typography component="h1" variant="h5" sx={{ fontWeight: 700, mb: 0.5 }}>
        {t('title')}
      </Typography>
      <Typography variant="body1" sx={{ mb: 2 }}>
        {t('tagline')}
      </Typography>
      <PublicSection title={t('choose.heading')}>
        <Tabs
          value={kind}
          onChange={(_e, next: Kind) => setParams(next === 'funds' ? { xem: 'quy' } : {}, { replace: true })}
          sx={{ mb: 1.5 }}
        >
          <Tab value="campaigns" label={t('choose.campaigns')} />
          <Tab value="funds" label={t('choose.funds')} />
        </Tabs>
        <TextField
          fullWidth
          size="small"
          type="search"
          label={t('choose.search')}
          helperText={t('choose.searchHint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Box sx={{ mt: 1.5 }}>
          {current.error ? (
            <LoadError retry={current.retry} />
          ) : current.loading && !current.data ? (
            <Loading />
          ) : items.length === 0 ? (
            <EmptyNote>{t(kind === 'campaigns' ? 'choose.noCampaigns' : 'choose.noFunds', { q })}</EmptyNote>
          ) : (
            <Box component="ul" aria-label={t(`choose.${kind}`)} sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {items.map((item) => (
                <Box component="li" key={item.id} sx={{ borderTop: 1, borderColor: 'divider', py: 1.25 }}>
                  <Link component={RouterLink} to={item.to} underline="hover" sx={{ fontWeight: 500 }}>
                    {item.title}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    {item.code} · {item.figure}
                  </Typography>
                </Box>
              ))}
            </Box>
          )}
        </Box>
      </PublicSection>
    </>
  );
}
