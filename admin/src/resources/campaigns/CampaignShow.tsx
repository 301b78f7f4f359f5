import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AssessmentIcon from '@mui/icons-material/Assessment';
import Button from '@mui/material/Button';
import {
  EditButton,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Campaign } from '@chung-tay/schema';
import { formatDate, todayInVietnam } from '../../common/dates';
import { formatDecimal } from '../../common/decimal';
import {
  DateTextField,
  DateTimeTextField,
  EnumField,
  LinkedRecordField,
  MoneyField,
  recordPath,
} from '../../common/fields';
import { RecordTabs } from '../../common/RecordTabs';
import { EmptyNote, Panel } from '../../common/layout';
import { formatMoney, sumMoney } from '../../common/money';
import { CampaignFacts } from '../campaignFacts/CampaignFacts';

const DAY = 86_400_000;

/** Share of the period already past: a campaign's only progress the API can tell yet. */
function elapsedPercent(startsOn: string, endsOn: string | null | undefined, today = todayInVietnam()): number | null {
  if (!endsOn) return null;
  const start = Date.parse(`${startsOn}T00:00:00Z`);
  const end = Date.parse(`${endsOn}T00:00:00Z`) + DAY;
  const now = Date.parse(`${today}T00:00:00Z`) + DAY;
  if (now <= start) return 0;
  return Math.min(100, Math.round(((now - start) / (end - start)) * 100));
}

function Overview() {
  return (
    <Panel title="chungTay.common.overview">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="code">
            <TextField source="code" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="kind">
            <EnumField source="kind" enumName="CampaignKind" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="status">
            <EnumField source="status" enumName="CampaignStatus" chip />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="updatedAt">
            <DateTimeTextField source="updatedAt" />
          </Labeled>
        </Grid>
        <Grid size={12}>
          <Labeled source="name">
            <TextField source="name" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="startsOn">
            <DateTextField source="startsOn" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="endsOn">
            <DateTextField source="endsOn" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="organizer">
            <LinkedRecordField source="organizer" reference="organizations" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="scopeUnit">
            <LinkedRecordField source="scopeUnit" reference="administrativeUnits" />
          </Labeled>
        </Grid>
        <Grid size={12}>
          <Labeled source="description">
            <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
          </Labeled>
        </Grid>
      </Grid>
    </Panel>
  );
}

function Hierarchy() {
  const record = useRecordContext<Campaign>();
  if (!record) return null;
  return (
    <Panel title="chungTay.campaigns.hierarchy">
      {record.parent ? (
        <Labeled source="parent">
          <LinkedRecordField source="parent" reference="campaigns" />
        </Labeled>
      ) : (
        <EmptyNote message="chungTay.campaigns.topLevel" />
      )}
    </Panel>
  );
}

function LaunchingDocument() {
  const record = useRecordContext<Campaign>();
  if (!record) return null;
  return (
    <Panel title="chungTay.campaigns.document">
      {record.launchingDocument ? (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labeled source="document.number">
              <TextField source="launchingDocument.number" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labeled source="document.issuedOn">
              <DateTextField source="launchingDocument.issuedOn" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labeled source="document.issuer">
              <TextField source="launchingDocument.issuer" />
            </Labeled>
          </Grid>
        </Grid>
      ) : (
        <EmptyNote message="chungTay.campaigns.noDocument" />
      )}
    </Panel>
  );
}

function Targets() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const elapsed = elapsedPercent(record.startsOn, record.endsOn);
  const childTargets = (record.children ?? []).map((c) => c.moneyTarget);
  return (
    <Panel title="chungTay.campaigns.targets">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="moneyTarget">
            {record.moneyTarget ? (
              <MoneyField source="moneyTarget" />
            ) : (
              <EmptyNote message="chungTay.campaigns.noMoneyTarget" />
            )}
          </Labeled>
          {childTargets.some(Boolean) ? (
            <Typography variant="body2" color="text.secondary">
              {translate('chungTay.campaigns.childrenTargets', { amount: formatMoney(sumMoney(childTargets)) })}
            </Typography>
          ) : null}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('chungTay.campaigns.moneyProgressLater')}
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="povertyReductionTarget">
            {record.povertyReductionTarget ? (
              <Typography variant="body2">
                {translate('chungTay.campaigns.pointsPerYear', {
                  value: formatDecimal(record.povertyReductionTarget, locale),
                })}
              </Typography>
            ) : (
              <EmptyNote message="chungTay.campaigns.noPovertyTarget" />
            )}
          </Labeled>
        </Grid>
        <Grid size={12}>
          {elapsed === null ? (
            <EmptyNote message="chungTay.campaigns.openEnded" />
          ) : (
            <Box>
              <Typography variant="body2" id="campaign-elapsed">
                {translate('chungTay.campaigns.timeElapsed', { percent: elapsed })} ({formatDate(record.startsOn)} –{' '}
                {formatDate(record.endsOn)})
              </Typography>
              <LinearProgress variant="determinate" value={elapsed} aria-labelledby="campaign-elapsed" />
            </Box>
          )}
        </Grid>
      </Grid>
    </Panel>
  );
}

function Children() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  if (!record) return null;
  const children = record.children ?? [];
  return (
    <Panel title="chungTay.campaigns.children">
      {children.length === 0 ? (
        <EmptyNote message="chungTay.campaigns.noChildren" />
      ) : (
        <Table size="small" aria-label={translate('chungTay.campaigns.children')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.campaigns.fields.code')}</TableCell>
              <TableCell>{translate('resources.campaigns.fields.name')}</TableCell>
              <TableCell>{translate('resources.campaigns.fields.startsOn')}</TableCell>
              <TableCell>{translate('resources.campaigns.fields.status')}</TableCell>
              <TableCell align="right">{translate('resources.campaigns.fields.moneyTarget')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {children.map((child) => (
              <TableRow key={child.id}>
                <TableCell>{child.code}</TableCell>
                <TableCell>
                  <Link component={RouterLink} to={recordPath('campaigns', child.id)}>
                    {child.name}
                  </Link>
                </TableCell>
                <TableCell>{formatDate(child.startsOn)}</TableCell>
                <TableCell>{translate(`chungTay.enums.CampaignStatus.${child.status}`)}</TableCell>
                <TableCell align="right">
                  {formatMoney(child.moneyTarget) || translate('chungTay.common.none')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}

/** The summary report (báo cáo tổng kết) of the campaign: its own page, beside the list and edit buttons. */
function ReportButton() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button
      size="small"
      startIcon={<AssessmentIcon />}
      component={RouterLink}
      to={`/campaigns/${encodeURIComponent(String(record.id))}/report`}
    >
      {translate('chungTay.campaignReport.open')}
    </Button>
  );
}

function CampaignShowActions() {
  return (
    <TopToolbar>
      <ReportButton />
      <ListButton />
      <EditButton />
    </TopToolbar>
  );
}

export function CampaignShow() {
  return (
    <Show actions={<CampaignShowActions />}>
      <RecordTabs>
        <Overview />
        <Hierarchy />
        <LaunchingDocument />
        <Targets />
        <Children />
        <CampaignFacts />
      </RecordTabs>
    </Show>
  );
}
