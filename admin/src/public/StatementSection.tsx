import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePublicI18n } from './i18n';
import { EmptyNote, LoadError, Loading, PublicSection } from './PublicSection';
import type { Owner } from './queries';
import { StatementExports } from './StatementExports';
import { FILTER_FIELDS, readFilter, toApiFilter, type StatementFilterText } from './statementFilter';
import { StatementFilters } from './StatementFilters';
import { StatementTable } from './StatementTable';
import { useStatement } from './useStatement';

/** The searchable statement (sao kê) of a campaign or fund, its filter kept in the address. */
export function StatementSection({ owner }: { owner: Owner }) {
  const { t } = usePublicI18n();
  const [params, setParams] = useSearchParams();
  // Kept by value: a new object only when the address's text changes.
  const paramsKey = params.toString();
  const applied = useMemo(() => readFilter(new URLSearchParams(paramsKey)), [paramsKey]);
  const ownerKey = JSON.stringify(owner);
  const filter = useMemo(
    () => ({ ...(JSON.parse(ownerKey) as Record<string, string>), ...toApiFilter(applied) }),
    [ownerKey, applied],
  );
  const statement = useStatement(filter);
  const filtered = Object.values(applied).some(Boolean);

  const apply = (next: StatementFilterText) => {
    const search = new URLSearchParams(params);
    for (const field of FILTER_FIELDS) {
      if (next[field].trim()) search.set(field, next[field].trim());
      else search.delete(field);
    }
    setParams(search, { replace: true });
  };

  return (
    <PublicSection title={t('statement.heading')} action={<StatementExports owner={owner} filter={filter} />}>
      <StatementFilters applied={applied} onApply={apply} />
      {statement.loading ? (
        <Loading />
      ) : statement.error && statement.lines.length === 0 ? (
        <LoadError retry={statement.retry} />
      ) : statement.lines.length === 0 ? (
        <EmptyNote>{filtered ? t('statement.noMatch') : t('statement.empty')}</EmptyNote>
      ) : (
        <>
          <Typography role="status" variant="body2" sx={{ mb: 1, fontWeight: 500 }} data-testid="statement-count">
            {t('statement.count', { count: (statement.totalCount ?? statement.lines.length).toLocaleString('vi-VN') })}{' '}
            · {t('statement.shown', { shown: statement.lines.length.toLocaleString('vi-VN') })}
          </Typography>
          <Box sx={{ mx: { xs: -1.5, sm: 0 }, overflowX: 'auto' }}>
            <StatementTable lines={statement.lines} />
          </Box>
          {statement.error && <LoadError retry={statement.loadMore} />}
          <Box sx={{ textAlign: 'center', mt: 1.5 }}>
            {statement.hasNextPage ? (
              <Button variant="outlined" onClick={statement.loadMore} disabled={statement.loadingMore}>
                {statement.loadingMore ? t('loading') : t('statement.more')}
              </Button>
            ) : (
              <Typography variant="caption" color="text.secondary">
                {t('statement.end')}
              </Typography>
            )}
          </Box>
        </>
      )}
    </PublicSection>
  );
}
