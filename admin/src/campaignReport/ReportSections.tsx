import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { CampaignReport } from '@chung-tay/schema';
import { formatDecimal } from '../common/decimal';
import { recordPath } from '../common/fields';
import { EmptyNote, Panel } from '../common/layout';
import { formatMoney, groupDigits } from '../common/money';
import { Bars } from './Bars';
import { PovertyChart } from './PovertyChart';

const figure = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const count = (value: number | string) => groupDigits(String(value));
/** "1000.000" → "1.000": goods counted in whole units print without decimals. */
const quantity = (value: string) => groupDigits(value.replace(/\.0+$/, ''));

function useLabels() {
  const translate = useTranslate();
  const enumLabel = (name: string) => (key: string) => translate(`chungTay.enums.${name}.${key}`, { _: key });
  return {
    translate,
    donorKind: (key: string) =>
      key === 'ANONYMOUS' ? translate('chungTay.campaignReport.anonymous') : enumLabel('DonorKind')(key),
    channel: enumLabel('DonationChannel'),
    purpose: enumLabel('SupportPurpose'),
    recipientKind: (key: string) => translate(`chungTay.commendations.recipientKind.${key}`, { _: key }),
  };
}

export function SituationSection({ report }: { report: CampaignReport }) {
  const { translate } = useLabels();
  const locale = useLocale();
  const start = report.situation.povertyAtStart;
  return (
    <Panel title="chungTay.campaignReport.situation">
      <Typography variant="body1" gutterBottom>
        {report.campaign.name}
      </Typography>
      {start?.poorRate ? (
        <Typography variant="body2" data-testid="poverty-at-start">
          {translate('chungTay.campaignReport.povertyAtStart', {
            year: report.fromYear,
            households: count(start.households),
            poor: count(start.poorHouseholds),
            rate: formatDecimal(start.poorRate, locale),
          })}
        </Typography>
      ) : (
        <EmptyNote message="chungTay.campaignReport.noPovertyAtStart" />
      )}
      {report.situation.subCampaigns.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate('chungTay.campaignReport.subCampaigns')}
          </Typography>
          <ul>
            {report.situation.subCampaigns.map((c) => (
              <li key={c.id}>
                <Link component={RouterLink} to={recordPath('campaigns', c.id)}>
                  {c.name}
                </Link>{' '}
                ({c.code})
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

export function FundsSection({ report }: { report: CampaignReport }) {
  const { translate, donorKind, channel } = useLabels();
  const { funds } = report;
  const empty = funds.cash === '0' && funds.inKindValue === '0';
  return (
    <Panel title="chungTay.campaignReport.funds">
      {empty ? (
        <EmptyNote message="chungTay.campaignReport.noFunds" />
      ) : (
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('chungTay.campaignReport.cashTotal')}
            </Typography>
            <Typography variant="h5" component="p" sx={figure} data-testid="funds-cash">
              {formatMoney(funds.cash)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {translate('chungTay.campaignReport.inKindTotal')}
            </Typography>
            <Typography variant="h5" component="p" sx={figure} data-testid="funds-in-kind">
              {formatMoney(funds.inKindValue)}
            </Typography>
            {funds.goods.map((g) => (
              <Typography key={g.unit} variant="body2">
                {quantity(String(g.quantity))} {g.unit}
              </Typography>
            ))}
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            {funds.cashBySource.length > 0 && (
              <Bars
                title={translate('chungTay.campaignReport.bySource')}
                testId="funds-by-source"
                bars={funds.cashBySource.map((r) => ({
                  key: r.key,
                  label: donorKind(r.key),
                  value: BigInt(r.amount),
                  text: formatMoney(r.amount),
                }))}
              />
            )}
            {funds.cashByChannel.length > 0 && (
              <Bars
                title={translate('chungTay.campaignReport.byChannel')}
                bars={funds.cashByChannel.map((r) => ({
                  key: r.key,
                  label: channel(r.key),
                  value: BigInt(r.amount),
                  text: formatMoney(r.amount),
                }))}
              />
            )}
          </Grid>
        </Grid>
      )}
    </Panel>
  );
}

export function SupportSection({ report }: { report: CampaignReport }) {
  const { translate, purpose } = useLabels();
  const { support } = report;
  return (
    <Panel title="chungTay.campaignReport.support">
      {support.byPurpose.length === 0 ? (
        <EmptyNote message="chungTay.campaignReport.noSupport" />
      ) : (
        <>
          <Typography variant="body2" gutterBottom>
            {translate('chungTay.campaignReport.supportTotal', {
              grants: count(support.grants),
              households: count(support.households),
            })}
          </Typography>
          <Bars
            title={translate('chungTay.campaignReport.byPurpose')}
            testId="support-by-purpose"
            bars={support.byPurpose.map((r) => ({
              key: r.purpose,
              label: purpose(r.purpose),
              value: BigInt(r.cash) + BigInt(r.inKindValue),
              text: formatMoney(BigInt(r.cash) + BigInt(r.inKindValue)),
              note: [
                translate('chungTay.campaignReport.supportNote', {
                  grants: count(r.grants),
                  households: count(r.households),
                  projects: count(r.projects),
                }),
                ...r.goods.map((g) => `${quantity(String(g.quantity))} ${g.unit}`),
              ].join(' · '),
            }))}
          />
        </>
      )}
    </Panel>
  );
}

export function PovertySection({ report }: { report: CampaignReport }) {
  const { translate } = useLabels();
  const locale = useLocale();
  const { poverty } = report;
  return (
    <Panel title="chungTay.campaignReport.poverty">
      {poverty.reduction && (
        <Typography variant="body1" sx={{ mb: 2 }} data-testid="poverty-statement">
          {locale === 'vi' ? poverty.reduction.statement : poverty.reduction.statementEn}
        </Typography>
      )}
      {poverty.series.length === 0 ? (
        <EmptyNote message="chungTay.campaignReport.noPoverty" />
      ) : (
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 7 }}>
            <PovertyChart series={poverty.series} plan={poverty.planLine} />
            {poverty.planLine.length === 0 && <EmptyNote message="chungTay.campaignReport.noPlan" />}
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Table size="small" aria-label={translate('chungTay.campaignReport.poverty')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('chungTay.campaignReport.year')}</TableCell>
                  <TableCell align="right">{translate('chungTay.campaignReport.households')}</TableCell>
                  <TableCell align="right">{translate('chungTay.campaignReport.poorHouseholds')}</TableCell>
                  <TableCell align="right">{translate('chungTay.campaignReport.poorRate')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {poverty.series.map((f) => (
                  <TableRow key={`${f.year}`}>
                    <TableCell>{f.year}</TableCell>
                    <TableCell align="right" sx={figure}>
                      {count(f.households)}
                    </TableCell>
                    <TableCell align="right" sx={figure}>
                      {count(f.poorHouseholds)}
                    </TableCell>
                    <TableCell align="right" sx={figure}>
                      {formatDecimal(f.poorRate, locale)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Grid>
        </Grid>
      )}
    </Panel>
  );
}

export function CommendationsSection({ report }: { report: CampaignReport }) {
  const { translate, recipientKind } = useLabels();
  const { commendations } = report;
  return (
    <Panel title="chungTay.campaignReport.commendations">
      {commendations.totalCount === 0 ? (
        <EmptyNote message="chungTay.campaignReport.noCommendations" />
      ) : (
        <>
          <Typography variant="body2" gutterBottom data-testid="commendations-total">
            {translate('chungTay.campaignReport.commendationsTotal', { count: count(commendations.totalCount) })}
          </Typography>
          <Bars
            title={translate('chungTay.campaignReport.byForm')}
            testId="commendations-by-form"
            bars={commendations.byForm.map((t) => ({
              key: `${t.form.id}-${t.recipientKind}`,
              label: `${t.form.name} – ${recipientKind(t.recipientKind)}`,
              value: BigInt(t.count),
              text: count(t.count),
            }))}
          />
        </>
      )}
    </Panel>
  );
}
