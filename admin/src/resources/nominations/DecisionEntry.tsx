import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Grid from '@mui/material/Grid';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { Loading, Title, useAuthProvider, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDate, parseDate, todayInVietnam } from '../../common/dates';
import { Panel } from '../../common/layout';
import type { ChungTayDataProvider } from '../../dataProvider';

const FIELDS = ['number', 'decidedOn', 'signerName', 'signerTitle'] as const;

/**
 * Batch decision entry: the forwarded nominations the user's level decides, ticked, then one
 * decision (number, date, signer) recorded for all of them at once — or for none, with the
 * server's message naming the nomination at fault.
 */
export function DecisionEntry() {
  const translate = useTranslate();
  const notify = useNotify();
  const authProvider = useAuthProvider();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [params] = useSearchParams();
  const { data, refetch } = useGetList('nominations', {
    filter: { status: ['FORWARDED'] },
    pagination: { page: 1, perPage: 100 },
  });
  const [decidable, setDecidable] = useState<any[] | null>(null);
  const [picked, setPicked] = useState<string[]>(() => (params.get('ids') ?? '').split(',').filter(Boolean));
  const [values, setValues] = useState<Record<string, string>>({ decidedOn: formatDate(todayInVietnam()) });
  const [message, setMessage] = useState('');
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!data) return;
    let current = true;
    Promise.all(
      data.map(async (record) =>
        (await authProvider?.canAccess?.({ resource: 'nominations', action: 'decide', record })) ? record : null,
      ),
    ).then((rows) => current && setDecidable(rows.filter(Boolean)));
    return () => {
      current = false;
    };
  }, [data, authProvider]);

  const decidedOn = parseDate(values.decidedOn ?? '');
  const ready = picked.length > 0 && !!values.number?.trim() && !!decidedOn && !!values.signerName?.trim();
  const toggle = (id: string) => setPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || saving) return;
    setSaving(true);
    setMessage('');
    setRowErrors({});
    setFieldErrors({});
    try {
      const decision = await dataProvider.recordCommendationDecision({
        number: values.number!.trim(),
        decidedOn,
        signerName: values.signerName!.trim(),
        signerTitle: values.signerTitle?.trim() || null,
        nominationIds: picked,
      });
      notify('chungTay.commendations.decisionForm.done', {
        type: 'success',
        messageArgs: { number: decision.number, count: decision.commendations.length },
      });
      setPicked([]);
      refetch();
    } catch (error: any) {
      const errors = error?.body?.errors ?? {};
      // "nominationIds.<index>" names the nomination at fault: shown on its row.
      const byRow: Record<string, string> = {};
      for (const [index, text] of Object.entries(errors.nominationIds ?? {})) {
        const id = picked[Number(index)];
        if (id) byRow[id] = String(text);
      }
      setRowErrors(byRow);
      setFieldErrors(
        Object.fromEntries(FIELDS.filter((f) => typeof errors[f] === 'string').map((f) => [f, errors[f]])),
      );
      setMessage(error?.message ?? translate('ra.notification.http_error'));
    } finally {
      setSaving(false);
    }
  };

  const t = (key: string) => translate(`chungTay.commendations.fields.${key}`);
  return (
    <Panel title="chungTay.commendations.decisionForm.title" id="decision-entry">
      <Title title="chungTay.commendations.decisionForm.title" />
      {!decidable ? (
        <Loading />
      ) : (
        <form onSubmit={submit}>
          {decidable.length === 0 ? (
            <Typography role="note" color="text.secondary">
              {translate('chungTay.commendations.decisionForm.empty')}
            </Typography>
          ) : (
            <Table size="small" aria-label={translate('chungTay.commendations.decisionForm.pick')}>
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox" />
                  <TableCell>{t('id')}</TableCell>
                  <TableCell>{t('recipient')}</TableCell>
                  <TableCell>{t('form')}</TableCell>
                  <TableCell>{t('proposingUnit')}</TableCell>
                  <TableCell>{t('proposedOn')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {decidable.map((n) => {
                  const id = String(n.id);
                  return (
                    <TableRow key={id} selected={picked.includes(id)} data-testid={`decide-row-${id}`}>
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={picked.includes(id)}
                          onChange={() => toggle(id)}
                          slotProps={{ input: { 'aria-label': `${t('id')} ${id} – ${n.recipient?.name}` } }}
                        />
                      </TableCell>
                      <TableCell>
                        <Link to={`/nominations/${id}/show`}>{id}</Link>
                      </TableCell>
                      <TableCell>
                        {n.recipient?.name}
                        {rowErrors[id] ? (
                          <Typography variant="body2" color="error" role="alert">
                            {rowErrors[id]}
                          </Typography>
                        ) : null}
                      </TableCell>
                      <TableCell>{n.form?.name}</TableCell>
                      <TableCell>{n.proposingUnit?.name}</TableCell>
                      <TableCell>{formatDate(n.proposedOn)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          <Grid container spacing={2} sx={{ mt: 1 }}>
            {FIELDS.map((f) => (
              <Grid key={f} size={{ xs: 12, md: 3 }}>
                <MuiTextField
                  fullWidth
                  required={f !== 'signerTitle'}
                  label={t(f === 'number' ? 'decisionNumber' : f)}
                  value={values[f] ?? ''}
                  onChange={(e) => setValues({ ...values, [f]: e.target.value })}
                  error={!!fieldErrors[f] || (f === 'decidedOn' && !!values.decidedOn && !decidedOn)}
                  helperText={fieldErrors[f] ?? (f === 'decidedOn' ? translate('chungTay.common.dateHint') : undefined)}
                  slotProps={{
                    htmlInput: { autoComplete: 'off', placeholder: f === 'decidedOn' ? 'dd/mm/yyyy' : undefined },
                  }}
                />
              </Grid>
            ))}
          </Grid>
          {message ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {message}
            </Alert>
          ) : null}
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={!ready || saving}>
            {translate('chungTay.commendations.decisionForm.record', { count: picked.length })}
          </Button>
        </form>
      )}
    </Panel>
  );
}
