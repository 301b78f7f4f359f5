import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Title, useCanAccess, useGetList, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Campaign, Donor } from '@chung-tay/schema';
import { formatDateTime } from '../common/dates';
import { recordPath } from '../common/fields';
import { EmptyNote, Panel } from '../common/layout';
import { formatMoney, sumMoney } from '../common/money';
import { enumValues } from '../dataProvider/schema';
import { MAX_PAGE_SIZE } from '../dataProvider/buildQuery';
import { PovertyTrend } from './PovertyTrend';

const one = { page: 1, perPage: 1 };

function listUrl(resource: string, filter?: Record<string, unknown>) {
  return filter ? `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}` : `/${resource}`;
}

/** A count the API gives as a list's totalCount (one record fetched). */
function Total({ label, resource, filter }: { label: string; resource: string; filter?: Record<string, unknown> }) {
  const translate = useTranslate();
  const { total, isPending } = useGetList(resource, { pagination: one, filter });
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea component={RouterLink} to={listUrl(resource, filter)} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography variant="h4" component="p">
            {isPending ? <Skeleton width={60} /> : (total ?? 0).toLocaleString('vi-VN')}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

function CampaignsByStatus() {
  return (
    <Panel title="chungTay.dashboard.campaignsByStatus">
      <Grid container spacing={2}>
        {enumValues('CampaignStatus').map((status) => (
          <Grid key={status} size={{ xs: 12, sm: 4 }}>
            <Total label={`chungTay.enums.CampaignStatus.${status}`} resource="campaigns" filter={{ status }} />
          </Grid>
        ))}
      </Grid>
    </Panel>
  );
}

/**
 * The API has no sums yet: the money targets are added up here, exactly (BigInt), over the first
 * page of at most 100 campaigns. The note says so when there are more.
 */
function MoneyTargets({ campaigns, total }: { campaigns: Campaign[]; total: number }) {
  const translate = useTranslate();
  const withTarget = campaigns.filter((c) => c.moneyTarget);
  return (
    <Panel title="chungTay.dashboard.moneyTargets">
      <Typography variant="h4" component="p" data-testid="money-targets-total">
        {formatMoney(sumMoney(withTarget.map((c) => c.moneyTarget)))}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {total > campaigns.length
          ? translate('chungTay.dashboard.moneyTargetsPartial', { count: campaigns.length, total })
          : translate('chungTay.dashboard.moneyTargetsNote', { count: withTarget.length })}
      </Typography>
    </Panel>
  );
}

/** Cash raised / target as a percentage, exactly (BigInt), capped for the bar's width. */
function percentOf(raised: string, target: string): number {
  const t = BigInt(target);
  if (t <= 0n) return 0;
  return Number((BigInt(raised) * 10_000n) / t) / 100;
}

/**
 * Money raised per campaign against its target, as plain CSS bars (no chart library): cash only,
 * as Campaign.raised reports it; goods and pledges are not money raised.
 */
function RaisedPerCampaign({ campaigns }: { campaigns: Campaign[] }) {
  const translate = useTranslate();
  const rows = campaigns
    .filter((c) => c.raised?.target && BigInt(c.raised.target) > 0n)
    .map((c) => ({ campaign: c, percent: percentOf(c.raised.cash, c.raised.target!) }))
    .sort((a, b) => b.percent - a.percent)
    .slice(0, 10);
  return (
    <Panel title="chungTay.dashboard.raisedPerCampaign">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('chungTay.dashboard.raisedNote')}
      </Typography>
      {rows.length === 0 ? (
        <EmptyNote message="chungTay.dashboard.noRaised" />
      ) : (
        <Box
          component="ul"
          sx={{ listStyle: 'none', p: 0, m: 0 }}
          aria-label={translate('chungTay.dashboard.raisedPerCampaign')}
        >
          {rows.map(({ campaign, percent }) => (
            <Box component="li" key={campaign.id} sx={{ mb: 1.5 }}>
              <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
                <Link component={RouterLink} to={recordPath('campaigns', campaign.id)} variant="body2">
                  {campaign.code}
                </Link>
                <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {translate('chungTay.dashboard.raisedOf', {
                    raised: formatMoney(campaign.raised.cash),
                    target: formatMoney(campaign.raised.target),
                    percent: percent.toLocaleString('vi-VN', { maximumFractionDigits: 2 }),
                  })}
                </Typography>
              </Box>
              <Box
                role="meter"
                aria-label={campaign.code}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.min(percent, 100)}
                sx={{ height: 12, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}
              >
                <Box
                  sx={{
                    height: '100%',
                    width: `${Math.min(percent, 100)}%`,
                    bgcolor: percent >= 100 ? 'success.main' : 'primary.main',
                  }}
                />
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </Panel>
  );
}

function Latest<T extends { id: string; updatedAt: string }>({
  title,
  resource,
  records,
  primary,
  empty,
}: {
  title: string;
  resource: string;
  records: T[];
  primary: (record: T) => string;
  empty: string;
}) {
  const translate = useTranslate();
  const latest = [...records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, 5);
  return (
    <Panel title={title}>
      {latest.length === 0 ? (
        <EmptyNote message={empty} />
      ) : (
        <List dense aria-label={translate(title)}>
          {latest.map((record) => (
            <ListItem key={record.id} disableGutters>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={recordPath(resource, record.id)}>
                    {primary(record)}
                  </Link>
                }
                secondary={translate('chungTay.dashboard.updatedAt', { date: formatDateTime(record.updatedAt) })}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Link component={RouterLink} to={listUrl(resource)} variant="body2">
        {translate('chungTay.dashboard.viewAll')}
      </Link>
    </Panel>
  );
}

export function Dashboard() {
  const translate = useTranslate();
  // Newest first by creation (the API sorts by CREATED_AT, not by updatedAt); the latest changes
  // are then picked by updatedAt among them.
  const recent = {
    pagination: { page: 1, perPage: MAX_PAGE_SIZE },
    sort: { field: 'createdAt', order: 'DESC' as const },
  };
  const campaigns = useGetList<Campaign>('campaigns', recent);
  // Donors are for Front staff, auditors and administrators; others see the public figures only.
  const { canAccess: seesDonors } = useCanAccess({ resource: 'donors', action: 'list' });
  const donors = useGetList<Donor>('donors', recent, { enabled: !!seesDonors });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.dashboard.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('chungTay.dashboard.welcome')}
      </Typography>
      <Panel title="chungTay.dashboard.totals">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <Total label="chungTay.dashboard.campaigns" resource="campaigns" />
          </Grid>
          {seesDonors ? (
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Total label="chungTay.dashboard.donors" resource="donors" />
            </Grid>
          ) : null}
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <Total label="chungTay.dashboard.organizations" resource="organizations" />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <Total
              label="chungTay.dashboard.unitsInForce"
              resource="administrativeUnits"
              filter={{ includeHistorical: false }}
            />
          </Grid>
        </Grid>
      </Panel>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <CampaignsByStatus />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          {campaigns.data ? (
            <MoneyTargets campaigns={campaigns.data} total={campaigns.total ?? campaigns.data.length} />
          ) : (
            <Skeleton variant="rectangular" height={140} />
          )}
        </Grid>
        <Grid size={{ xs: 12 }}>{campaigns.data ? <RaisedPerCampaign campaigns={campaigns.data} /> : null}</Grid>
        <Grid size={{ xs: 12 }}>
          <PovertyTrend />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Latest
            title="chungTay.dashboard.latestCampaigns"
            resource="campaigns"
            records={campaigns.data ?? []}
            primary={(c) => `${c.code} – ${c.name}`}
            empty="chungTay.dashboard.noCampaigns"
          />
        </Grid>
        {seesDonors ? (
          <Grid size={{ xs: 12, md: 6 }}>
            <Latest
              title="chungTay.dashboard.latestDonors"
              resource="donors"
              records={donors.data ?? []}
              primary={(d) => d.displayName}
              empty="chungTay.dashboard.noDonors"
            />
          </Grid>
        ) : null}
      </Grid>
    </Box>
  );
}
