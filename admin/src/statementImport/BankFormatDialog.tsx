import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { BankStatementFormat } from '@chung-tay/schema';
import type { ChungTayDataProvider } from '../dataProvider';

const REQUIRED = ['code', 'name', 'dateColumn', 'referenceColumn', 'creditColumn', 'descriptionColumn'] as const;
const OPTIONAL = ['debitColumn', 'payerColumn'] as const;
type Values = Record<(typeof REQUIRED)[number] | (typeof OPTIONAL)[number], string> & { dateFormat: string };

function valuesOf(format: BankStatementFormat | null): Values {
  return {
    code: format?.code ?? '',
    name: format?.name ?? '',
    dateColumn: format?.dateColumn ?? '',
    dateFormat: format?.dateFormat ?? 'DMY',
    referenceColumn: format?.referenceColumn ?? '',
    creditColumn: format?.creditColumn ?? '',
    debitColumn: format?.debitColumn ?? '',
    descriptionColumn: format?.descriptionColumn ?? '',
    payerColumn: format?.payerColumn ?? '',
  };
}

/**
 * A bank's column headers, typed as they appear in its statement: added once, then remembered
 * for every import (saveBankStatementFormat). `format` null adds a bank; otherwise changes it.
 */
export function BankFormatDialog({
  format,
  onClose,
  onSaved,
}: {
  format: BankStatementFormat | null;
  onClose: () => void;
  onSaved: (code: string) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [values, setValues] = useState<Values>(() => valuesOf(format));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const label = (field: string) => translate(`chungTay.statementImport.formatFields.${field}`);
  const set = (field: keyof Values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const save = async () => {
    const missing = REQUIRED.filter((f) => !values[f].trim());
    if (missing.length > 0) {
      setError(`${translate('ra.validation.required')}: ${missing.map(label).join(', ')}`);
      return;
    }
    setSaving(true);
    try {
      const input = {
        ...Object.fromEntries(REQUIRED.map((f) => [f, values[f].trim()])),
        ...Object.fromEntries(OPTIONAL.map((f) => [f, values[f].trim() || null])),
        dateFormat: values.dateFormat,
        ...(format ? { version: format.version } : {}),
      };
      const saved = await dataProvider.saveBankStatementFormat(input);
      notify('chungTay.statementImport.formatSaved', { type: 'success', messageArgs: { code: saved.code } });
      onSaved(saved.code);
    } catch (e: any) {
      setError(e?.message ?? translate('ra.notification.http_error'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="bank-format-title">
      <DialogTitle id="bank-format-title">{translate('chungTay.statementImport.formatTitle')}</DialogTitle>
      <DialogContent>
        {error ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        <Grid container spacing={2} sx={{ mt: 0.5 }}>
          {[...REQUIRED, ...OPTIONAL].map((field) => (
            <Grid key={field} size={{ xs: 12, md: 6 }}>
              <TextField
                fullWidth
                size="small"
                label={label(field)}
                value={values[field]}
                onChange={set(field)}
                required={(REQUIRED as readonly string[]).includes(field)}
                // A bank's code is its key: changing it would make another bank.
                disabled={field === 'code' && !!format}
                autoComplete="off"
              />
            </Grid>
          ))}
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField
              select
              fullWidth
              size="small"
              label={label('dateFormat')}
              value={values.dateFormat}
              onChange={set('dateFormat')}
            >
              {['DMY', 'YMD'].map((f) => (
                <MenuItem key={f} value={f}>
                  {translate(`chungTay.statementImport.dateFormats.${f}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button onClick={save} variant="contained" disabled={saving}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
