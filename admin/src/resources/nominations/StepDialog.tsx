import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MuiTextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { Step } from '../../auth/nominationSteps';
import { formatDate, parseDate, todayInVietnam } from '../../common/dates';
import type { ChungTayDataProvider } from '../../dataProvider';

type DialogStep = Exclude<Step, 'decide'>;

/** The fields each step asks for; the others only confirm. */
const FIELDS: Partial<
  Record<DialogStep, { name: string; kind: 'date' | 'int' | 'text' | 'reason'; optional?: boolean }[]>
> = {
  review: [
    { name: 'meetingOn', kind: 'date' },
    { name: 'membersPresent', kind: 'int' },
    { name: 'votesFor', kind: 'int' },
    { name: 'votesAgainst', kind: 'int' },
    { name: 'minutesRef', kind: 'text', optional: true },
  ],
  return: [{ name: 'reason', kind: 'reason' }],
  reject: [{ name: 'reason', kind: 'reason' }],
  confer: [{ name: 'conferredOn', kind: 'date' }],
};

const initial = (step: DialogStep): Record<string, string> =>
  Object.fromEntries((FIELDS[step] ?? []).map((f) => [f.name, f.kind === 'date' ? formatDate(todayInVietnam()) : '']));

/** The dialog of one step of a nomination: its fields, then the mutation; the server's errors by field. */
export function StepDialog(props: {
  step: DialogStep;
  nomination: { id: string | number; recipient?: { name: string } | null; form?: { name: string } | null };
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { step, nomination, open, onClose, onDone } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [values, setValues] = useState(() => initial(step));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const fields = FIELDS[step] ?? [];
  const parsed = (name: string, kind: string): unknown => {
    const text = (values[name] ?? '').trim();
    if (kind === 'date') return parseDate(text);
    if (kind === 'int') return /^\d+$/.test(text) ? Number(text) : null;
    return text === '' ? null : text;
  };
  const ready = fields.every((f) => f.optional || parsed(f.name, f.kind) != null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || saving) return;
    setSaving(true);
    setMessage('');
    try {
      const input: Record<string, unknown> = { id: String(nomination.id) };
      for (const f of fields) input[f.name] = parsed(f.name, f.kind);
      await dataProvider.nominationStep(step, input);
      notify(`chungTay.commendations.steps.${step}.done`, { type: 'success' });
      onDone();
    } catch (error: any) {
      setErrors(error?.body?.errors ?? {});
      setMessage(error?.message ?? translate('ra.notification.http_error'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth aria-labelledby={`step-${step}-title`}>
      <form onSubmit={submit}>
        <DialogTitle id={`step-${step}-title`}>{translate(`chungTay.commendations.steps.${step}.title`)}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {translate(`chungTay.commendations.steps.${step}.text`, {
              id: nomination.id,
              recipient: nomination.recipient?.name ?? '',
              form: nomination.form?.name ?? '',
            })}
          </DialogContentText>
          {message ? (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {message}
            </Alert>
          ) : null}
          {fields.map((f, i) => (
            <MuiTextField
              key={f.name}
              autoFocus={i === 0}
              required={!f.optional}
              fullWidth
              margin="dense"
              multiline={f.kind === 'reason'}
              minRows={f.kind === 'reason' ? 2 : undefined}
              label={translate(`chungTay.commendations.fields.${f.name}`)}
              value={values[f.name] ?? ''}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              error={!!errors[f.name]}
              helperText={errors[f.name] ?? (f.kind === 'date' ? translate('chungTay.common.dateHint') : undefined)}
              slotProps={{
                htmlInput: {
                  autoComplete: 'off',
                  inputMode: f.kind === 'int' || f.kind === 'date' ? 'numeric' : undefined,
                  placeholder: f.kind === 'date' ? 'dd/mm/yyyy' : undefined,
                },
              }}
            />
          ))}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving || !ready}>
            {translate(`chungTay.commendations.steps.${step}.button`)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
