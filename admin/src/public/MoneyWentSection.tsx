import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatMoney } from '../common/money';
import { BarChart, type Bar } from './BarChart';
import { usePublicI18n } from './i18n';
import { EmptyNote, LoadError, Loading, PublicSection } from './PublicSection';
import { MONEY_WENT, type Owner, type PublicMoneyWent } from './queries';
import { usePublicQuery } from './usePublicQuery';

type SupportRow = PublicMoneyWent['support'][number];

/** Sums support rows into one bar per key (a place, a purpose), largest first. */
function barsBy(
  rows: SupportRow[],
  keyOf: (r: SupportRow) => string,
  labelOf: (r: SupportRow) => string,
  grantsNote: (n: number) => string,
): Bar[] {
  const bars = new Map<string, Bar & { grants: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const bar = bars.get(key) ?? { key, label: labelOf(row), cash: 0n, inKind: 0n, grants: 0 };
    bar.cash += BigInt(row.cash);
    bar.inKind += BigInt(row.inKindValue);
    bar.grants += row.grants;
    bars.set(key, bar);
  }
  return [...bars.values()]
    .sort((a, b) => (b.cash + b.inKind > a.cash + a.inKind ? 1 : b.cash + b.inKind < a.cash + a.inKind ? -1 : 0))
    .map(({ grants, ...bar }) => ({ ...bar, note: grantsNote(grants) }));
}

/** Where the money went: support by place and by purpose, allocations to lower funds. */
export function MoneyWentSection({ owner }: { owner: Owner }) {
  const { t } = usePublicI18n();
  const { data, error, loading, retry } = usePublicQuery<{ whereMoneyWent: PublicMoneyWent }>(MONEY_WENT, {
    filter: owner,
  });
  const went = data?.whereMoneyWent;
  const grantsNote = (count: number) => t('went.grants', { count: count.toLocaleString('vi-VN') });
  const purpose = (r: SupportRow) => t(`purpose.${r.purpose}`);
  return (
    <PublicSection title={t('went.heading')}>
      {error ? (
        <LoadError retry={retry} />
      ) : loading || !went ? (
        <Loading />
      ) : went.support.length === 0 && went.allocations.length === 0 ? (
        <EmptyNote>{t('went.empty')}</EmptyNote>
      ) : (
        <>
          {went.support.length > 0 && (
            <>
              <BarChart
                title={t('went.byUnit')}
                bars={barsBy(
                  went.support,
                  (r) => r.unitId,
                  (r) => r.unitName,
                  grantsNote,
                )}
              />
              <BarChart
                title={t('went.byPurpose')}
                bars={barsBy(went.support, (r) => r.purpose, purpose, grantsNote)}
              />
            </>
          )}
          {went.allocations.length > 0 && (
            <BarChart
              title={t('went.allocations')}
              bars={went.allocations.map((a) => ({
                key: a.fundId,
                label: a.fundName,
                cash: BigInt(a.amount),
                inKind: 0n,
              }))}
            />
          )}
          {went.support.length > 0 && (
            <Table size="small" aria-label={t('went.table')} sx={{ '& td, & th': { px: { xs: 0.75, sm: 1.5 } } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('went.unit')}</TableCell>
                  <TableCell>{t('went.purpose')}</TableCell>
                  <TableCell align="right">{t('statement.amountColumn')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {went.support.map((r) => (
                  <TableRow key={`${r.unitId}-${r.purpose}`}>
                    <TableCell>{r.unitName}</TableCell>
                    <TableCell>
                      {purpose(r)} · {grantsNote(r.grants)}
                      {r.households > 0 &&
                        ` · ${t('went.households', { count: r.households.toLocaleString('vi-VN') })}`}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {BigInt(r.cash) > 0n && <div>{formatMoney(r.cash)}</div>}
                      {BigInt(r.inKindValue) > 0n && (
                        <div>
                          {formatMoney(r.inKindValue)} ({t('went.inKind')})
                        </div>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </PublicSection>
  );
}
