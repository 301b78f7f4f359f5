import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useEffect, useState, type FormEvent } from 'react';
import { usePublicI18n } from './i18n';
import { ADVANCED_FIELDS, filterErrors, type StatementFilterText } from './statementFilter';

/**
 * The search box, always there; amount, dates and reference behind one button, so that a phone
 * shows the statement first. Applied on submit (Enter or "Tìm").
 */
export function StatementFilters({
  applied,
  onApply,
}: {
  applied: StatementFilterText;
  onApply: (next: StatementFilterText) => void;
}) {
  const { t } = usePublicI18n();
  const [draft, setDraft] = useState(applied);
  const [open, setOpen] = useState(() => ADVANCED_FIELDS.some((f) => applied[f]));
  const [showErrors, setShowErrors] = useState(false);
  useEffect(() => setDraft(applied), [applied]);
  const errors = showErrors ? filterErrors(draft) : {};
  const anyApplied = Object.values(applied).some(Boolean);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(filterErrors(draft)).length) return setShowErrors(true);
    setShowErrors(false);
    onApply(draft);
  };
  const field = (name: keyof StatementFilterText, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      name={name}
      size="small"
      label={t(`statement.${name}`)}
      value={draft[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      error={!!errors[name]}
      helperText={errors[name] ? t(errors[name]) : undefined}
      {...extra}
    />
  );

  return (
    <Box component="form" role="search" onSubmit={submit} noValidate sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        {field('q', { type: 'search', fullWidth: true, helperText: t('statement.qHint'), label: t('statement.q') })}
        <Button type="submit" variant="contained" sx={{ flexShrink: 0, height: 40 }}>
          {t('statement.search')}
        </Button>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('statement.fewerFilters') : t('statement.moreFilters')}
        </Button>
        {anyApplied && (
          <Button size="small" color="inherit" onClick={() => onApply({ ...applied, ...blank })}>
            {t('statement.clear')}
          </Button>
        )}
      </Box>
      {open && (
        <Box
          sx={{
            display: 'grid',
            gap: 1.5,
            mt: 1,
            gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' },
            '& > :first-of-type, & > :last-of-type': { gridColumn: { xs: '1 / -1', sm: 'auto' } },
          }}
        >
          {field('amount', { inputProps: { inputMode: 'numeric' } })}
          {field('amountMin', { inputProps: { inputMode: 'numeric' } })}
          {field('amountMax', { inputProps: { inputMode: 'numeric' } })}
          {field('from', { type: 'date', InputLabelProps: { shrink: true } })}
          {field('to', { type: 'date', InputLabelProps: { shrink: true } })}
          {field('reference')}
        </Box>
      )}
    </Box>
  );
}

const blank: StatementFilterText = { q: '', amount: '', amountMin: '', amountMax: '', from: '', to: '', reference: '' };
