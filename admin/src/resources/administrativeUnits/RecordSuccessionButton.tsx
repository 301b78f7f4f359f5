import MergeTypeIcon from '@mui/icons-material/MergeType';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  Button,
  Form,
  HttpError,
  SaveButton,
  TextInput,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ChungTayDataProvider } from '../../dataProvider';
import { DateTextInput, UnitReferenceInput } from '../../common/inputs';
import { notItself, optionalText } from '../../common/validation';

/**
 * Records that this unit is carried on by another from a date (a merger, split or rename); the
 * API ends this unit the day before if it had no end yet.
 */
export function RecordSuccessionButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  // Recording a successor changes both units: administrators only, as for editing.
  const { canAccess } = useCanAccess({ action: 'edit', record });
  if (!record || !canAccess) return null;

  const submit = async (values: Record<string, any>) => {
    try {
      await dataProvider.recordUnitSuccession({
        predecessorId: String(record.id),
        successorId: values.successorId,
        effectiveOn: values.effectiveOn,
        note: values.note ?? null,
      });
      setOpen(false);
      notify('chungTay.units.succession.done', { type: 'info' });
      refresh();
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    return undefined;
  };

  return (
    <>
      <Button label="chungTay.units.succession.button" onClick={() => setOpen(true)}>
        <MergeTypeIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="succession-title" fullWidth maxWidth="sm">
        <Form onSubmit={submit} record={{ id: record.id }}>
          <DialogTitle id="succession-title">
            {translate('chungTay.units.succession.title', { name: record.name })}
          </DialogTitle>
          <DialogContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('chungTay.units.succession.help')}
            </Typography>
            <UnitReferenceInput
              source="successorId"
              label="chungTay.units.succession.successorId"
              validate={[required(), notItself]}
            />
            <DateTextInput
              source="effectiveOn"
              label="chungTay.units.succession.effectiveOn"
              validate={required()}
              fullWidth
            />
            <TextInput
              source="note"
              label="chungTay.units.succession.note"
              validate={optionalText(1000)}
              fullWidth
              multiline
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
