import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import {
  CreateButton,
  Datagrid,
  ListButton,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Fund } from '@chung-tay/schema';
import { DateTextField, EnumField, LinkedRecordField } from '../../common/fields';
import { EmptyNote, Panel } from '../../common/layout';
import { formatMoney } from '../../common/money';
import { FundSummaryExportButtons } from '../../documents/DownloadButtons';
import { FundMoneyButtons } from './FundMoneyButtons';
import { FundSummaryReport } from './FundSummaryReport';
import { FundSupports } from './FundSupports';
import { LedgerAmountField } from './LedgerAmountField';
import { ReverseEntryButton } from './ReverseEntryButton';

function TabContent({ children }: { children: ReactNode; label: false }) {
  return <Box sx={{ width: '100%' }}>{children}</Box>;
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="h6" component="p" data-testid={testId} sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatMoney(value)}
      </Typography>
    </Box>
  );
}

/** Cash figures summed from the ledger; goods apart, in their own units, never added to cash. */
function Totals() {
  const fund = useRecordContext<Fund>();
  const translate = useTranslate();
  if (!fund?.totals) return null;
  const t = fund.totals;
  return (
    <>
      <Panel title="chungTay.funds.cash">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Figure label="resources.funds.fields.totals.balance" value={t.balance} testId="fund-balance" />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <Figure label="resources.funds.fields.totals.received" value={t.received} testId="fund-received" />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <Figure
              label="resources.funds.fields.totals.allocatedIn"
              value={t.allocatedIn}
              testId="fund-allocated-in"
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <Figure
              label="resources.funds.fields.totals.allocatedOut"
              value={t.allocatedOut}
              testId="fund-allocated-out"
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <Figure label="resources.funds.fields.totals.disbursed" value={t.disbursed} testId="fund-disbursed" />
          </Grid>
        </Grid>
      </Panel>
      <Panel title="chungTay.funds.goods">
        {t.goodsOnHand.length === 0 ? (
          <EmptyNote message="chungTay.funds.noGoods" />
        ) : (
          <Table size="small" aria-label={translate('chungTay.funds.goods')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('chungTay.funds.goodsUnit')}</TableCell>
                <TableCell align="right">{translate('chungTay.funds.goodsQuantity')}</TableCell>
                <TableCell align="right">{translate('chungTay.funds.goodsValue')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {t.goodsOnHand.map((g) => (
                <TableRow key={g.unit}>
                  <TableCell>{g.unit}</TableCell>
                  <TableCell align="right">{String(g.quantity)}</TableCell>
                  <TableCell align="right">{formatMoney(g.value)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
    </>
  );
}

function Overview() {
  return (
    <Panel title="chungTay.common.overview">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <Typography variant="body2" color="text.secondary">
            <TextField source="code" />
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <LinkedRecordField source="organization" reference="organizations" />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <LinkedRecordField source="unit" reference="administrativeUnits" />
        </Grid>
      </Grid>
    </Panel>
  );
}

/** "Reversed by #12" on a reversed entry; "reverses #11" on a reversal. */
function ReversalMarker(_props: { label?: string }) {
  const entry = useRecordContext();
  const translate = useTranslate();
  if (!entry) return null;
  if (entry.reversedBy)
    return (
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={translate('chungTay.ledger.reversedBy', { id: entry.reversedBy.id })}
      />
    );
  if (entry.reverses)
    return (
      <Chip size="small" variant="outlined" label={translate('chungTay.ledger.reverses', { id: entry.reverses.id })} />
    );
  return null;
}

/** The fund's ledger, newest first (the API's order), each row with its reversal. */
function Ledger() {
  return (
    <ReferenceManyField
      reference="ledgerEntries"
      target="fundId"
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      empty={<EmptyNote message="chungTay.ledger.empty" />}
    >
      <Datagrid bulkActionButtons={false} rowClick={false} aria-label="ledger">
        <TextField source="id" sortable={false} />
        <DateTextField source="entryDate" sortable={false} />
        <EnumField source="kind" enumName="LedgerEntryKind" sortable={false} />
        <LedgerAmountField source="amount" textAlign="right" sortable={false} />
        <TextField source="documentRef" sortable={false} />
        <TextField source="description" sortable={false} />
        <ReversalMarker label="resources.ledgerEntries.fields.reversedBy" />
        <ReverseEntryButton label="" />
      </Datagrid>
    </ReferenceManyField>
  );
}

function FundActions() {
  return (
    <TopToolbar>
      <ListButton />
      <FundSummaryExportButtons />
      <CreateButton resource="donations" label="chungTay.donations.record" />
      <FundMoneyButtons />
    </TopToolbar>
  );
}

function FundTitle() {
  const fund = useRecordContext<Fund>();
  return <span>{fund ? `${fund.code} – ${fund.name}` : ''}</span>;
}

export function FundShow() {
  return (
    <Show actions={<FundActions />} title={<FundTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="chungTay.funds.totalsTab">
          <TabContent label={false}>
            <Overview />
            <Totals />
          </TabContent>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="chungTay.funds.ledgerTab" path="ledger">
          <TabContent label={false}>
            <Ledger />
          </TabContent>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="chungTay.fundFlows.supports" path="supports">
          <TabContent label={false}>
            <FundSupports />
          </TabContent>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="chungTay.fundSummary.tab" path="summary">
          <TabContent label={false}>
            <FundSummaryReport label={false} />
          </TabContent>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
