import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Loading, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { Fund, FundSummary, MoneyByKey } from '@chung-tay/schema';
import { formatDate, parseDate } from '../../common/dates';
import { EmptyNote, Panel } from '../../common/layout';
import { formatMoney } from '../../common/money';
import { useLoaded } from '../../common/useLoaded';
import type { ChungTayDataProvider } from '../../dataProvider';

const figure = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Label → amount rows, e.g. receipts by channel; `label` turns an API key into words. */
function Breakdown({ rows, label, title }: { rows: MoneyByKey[]; label: (key: string) => string; title: string }) {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate(title)}>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell>{label(r.key)}</TableCell>
            <TableCell align="right" sx={figure}>
              {formatMoney(r.amount)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The period's equation, line by line, as a report states it: opening … closing. */
function CashLines({ s }: { s: FundSummary }) {
  const translate = useTranslate();
  const lines: [string, string, string][] = [
    ['opening', 'chungTay.fundSummary.opening', s.openingBalance],
    ['received', 'chungTay.fundSummary.received', `+${formatMoney(s.received)}`],
    ['allocated-in', 'chungTay.fundSummary.allocatedIn', `+${formatMoney(s.allocatedIn)}`],
    ['allocated-out', 'chungTay.fundSummary.allocatedOut', `−${formatMoney(s.allocatedOut)}`],
    ['disbursed', 'chungTay.fundSummary.disbursed', `−${formatMoney(s.disbursed)}`],
    ['closing', 'chungTay.fundSummary.closing', s.closingBalance],
  ];
  return (
    <Table size="small" aria-label={translate('chungTay.fundSummary.cash')}>
      <TableBody>
        {lines.map(([id, label, value]) => (
          <TableRow key={id}>
            <TableCell component="th" scope="row" sx={{ fontWeight: id === 'closing' || id === 'opening' ? 600 : 400 }}>
              {translate(label)}
            </TableCell>
            <TableCell align="right" sx={figure} data-testid={`summary-${id}`}>
              {/^-?\d+$/.test(value) ? formatMoney(value) : value}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Report({ s }: { s: FundSummary }) {
  const translate = useTranslate();
  const enumLabel = (name: string) => (key: string) => translate(`chungTay.enums.${name}.${key}`, { _: key });
  const donorKind = (key: string) =>
    key === 'ANONYMOUS' ? translate('chungTay.fundSummary.anonymous') : enumLabel('DonorKind')(key);
  const quiet =
    [s.received, s.allocatedIn, s.allocatedOut, s.disbursed].every((v) => v === '0') && s.goodsReceived.length === 0;
  return (
    <>
      {quiet ? (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          {translate('chungTay.fundSummary.quiet')}
        </Alert>
      ) : null}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Panel title="chungTay.fundSummary.cash">
            <CashLines s={s} />
            <Typography variant="caption" color="text.secondary">
              {translate('chungTay.fundSummary.equation')}
            </Typography>
          </Panel>
          <Panel title="chungTay.fundSummary.goods">
            {s.goodsReceived.length === 0 ? (
              <EmptyNote message="chungTay.fundSummary.noGoods" />
            ) : (
              <Table size="small">
                <TableBody>
                  {s.goodsReceived.map((g) => (
                    <TableRow key={g.unit}>
                      <TableCell>{g.unit}</TableCell>
                      <TableCell align="right" sx={figure}>
                        {String(g.quantity)}
                      </TableCell>
                      <TableCell align="right" sx={figure}>
                        {formatMoney(g.value)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Panel title="chungTay.fundSummary.byChannel">
            {s.receivedByChannel.length === 0 ? (
              <EmptyNote message="chungTay.fundSummary.noReceipts" />
            ) : (
              <Breakdown
                rows={s.receivedByChannel}
                label={enumLabel('DonationChannel')}
                title="chungTay.fundSummary.byChannel"
              />
            )}
          </Panel>
          <Panel title="chungTay.fundSummary.byDonorKind">
            {s.receivedByDonorKind.length === 0 ? (
              <EmptyNote message="chungTay.fundSummary.noReceipts" />
            ) : (
              <Breakdown rows={s.receivedByDonorKind} label={donorKind} title="chungTay.fundSummary.byDonorKind" />
            )}
          </Panel>
          <Panel title="chungTay.fundSummary.byPurpose">
            {s.disbursedByPurpose.length === 0 ? (
              <EmptyNote message="chungTay.fundSummary.noDisbursements" />
            ) : (
              <Breakdown
                rows={s.disbursedByPurpose}
                label={enumLabel('SupportPurpose')}
                title="chungTay.fundSummary.byPurpose"
              />
            )}
          </Panel>
        </Grid>
      </Grid>
    </>
  );
}

/** A day typed as dd/MM/yyyy; blank leaves that end of the period open. */
function DayField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const translate = useTranslate();
  const bad = value.trim() !== '' && !parseDate(value);
  return (
    <MuiTextField
      size="small"
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={bad}
      sx={{ width: 220 }}
      helperText={translate(bad ? 'chungTay.validation.date' : 'chungTay.fundSummary.openHint')}
      slotProps={{ htmlInput: { placeholder: 'dd/mm/yyyy', inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}

/**
 * A fund's period report (fundSummary): opening balance, receipts by channel and donor kind,
 * allocations, support by purpose, closing balance, and goods apart. The whole history unless a
 * period is typed; the figures follow as soon as both ends read as days.
 */
export function FundSummaryReport(_props: { label?: false }) {
  const fund = useRecordContext<Fund>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const from = fromText.trim() ? parseDate(fromText) : '';
  const to = toText.trim() ? parseDate(toText) : '';
  const valid = from !== null && to !== null && !(from && to && from > to);
  const [period, setPeriod] = useState({ from: '', to: '' });
  if (valid && (period.from !== from || period.to !== to)) setPeriod({ from: from ?? '', to: to ?? '' });
  const summary = useLoaded(
    () => dataProvider.fundSummary(String(fund!.id), period.from || null, period.to || null),
    `${fund?.id}|${period.from}|${period.to}`,
  );
  if (!fund) return null;
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <DayField label="chungTay.fundSummary.from" value={fromText} onChange={setFromText} />
        <DayField label="chungTay.fundSummary.to" value={toText} onChange={setToText} />
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }} data-testid="summary-period">
          {period.from || period.to
            ? translate('chungTay.fundSummary.period', {
                from: period.from ? formatDate(period.from) : '…',
                to: period.to ? formatDate(period.to) : '…',
              })
            : translate('chungTay.fundSummary.wholeHistory')}
        </Typography>
      </Stack>
      {!valid ? (
        <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
          {translate('chungTay.fundSummary.badPeriod')}
        </Alert>
      ) : null}
      {summary.isPending && !summary.data ? <Loading /> : null}
      {summary.error ? (
        <Alert severity="error" role="alert">
          {(summary.error as Error).message}
        </Alert>
      ) : null}
      {summary.data ? <Report s={summary.data} /> : null}
    </>
  );
}
