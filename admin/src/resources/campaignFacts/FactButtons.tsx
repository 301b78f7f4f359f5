import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useState, type ReactNode } from 'react';
import {
  Button,
  Confirm,
  Form,
  HttpError,
  SaveButton,
  useCanAccess,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { ChungTayDataProvider } from '../../dataProvider';
import type { CampaignFactKind } from '../../dataProvider/campaignFacts';
import { useFacts } from './FactsContext';

type Data = Record<string, any>;

/**
 * May the user change facts about this unit? Front staff whose grant covers it (auth/access.ts,
 * campaignFacts), as the server's CAMPAIGN_FACT_WRITERS; everyone else only reads.
 */
export function useMayKeepFacts(action: 'create' | 'edit' | 'delete', unitId: string | undefined) {
  const { canAccess } = useCanAccess({
    resource: 'campaignFacts',
    action,
    record: unitId ? { unitId } : undefined,
  });
  return !!unitId && canAccess === true;
}

/** A create or edit form in a dialog: field errors from the server land on their fields. */
function FactDialog({
  kind,
  title,
  record,
  open,
  onClose,
  children,
}: {
  kind: CampaignFactKind;
  title: string;
  record: Data;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const { changed } = useFacts();
  const submit = async (values: Data) => {
    try {
      await dataProvider.saveCampaignFact(kind, values, record);
      onClose();
      notify('chungTay.campaignFacts.saved', { type: 'info' });
      changed();
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    return undefined;
  };
  const titleId = `fact-dialog-${kind}`;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Form onSubmit={submit} record={record}>
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** "Add …" for Front staff of the campaign's unit; the form's unit defaults to the campaign's. */
export function AddFactButton({
  kind,
  label,
  defaults,
  children,
}: {
  kind: CampaignFactKind;
  label: string;
  defaults?: Data;
  children: ReactNode;
}) {
  const { campaignId, scopeUnitId } = useFacts();
  const [open, setOpen] = useState(false);
  if (!useMayKeepFacts('create', scopeUnitId)) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      {open ? (
        <FactDialog kind={kind} title={label} record={{ campaignId, ...defaults }} open onClose={() => setOpen(false)}>
          {children}
        </FactDialog>
      ) : null}
    </>
  );
}

/** Edit and delete for one fact, for Front staff over its unit. */
export function FactRowActions({
  kind,
  record,
  name,
  children,
}: {
  kind: CampaignFactKind;
  record: Data;
  /** How the confirmation names it ("Tập huấn 2016–2020"). */
  name: string;
  children: ReactNode;
}) {
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const notify = useNotify();
  const { changed } = useFacts();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const unitId = record.unit?.id as string | undefined;
  const mayEdit = useMayKeepFacts('edit', unitId);
  const mayDelete = useMayKeepFacts('delete', unitId);
  if (!mayEdit && !mayDelete) return null;

  const remove = async () => {
    setDeleting(true);
    try {
      await dataProvider.deleteCampaignFact(kind, String(record.id));
      notify('chungTay.campaignFacts.deleted', { type: 'info' });
      changed();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'nowrap', justifyContent: 'flex-end' }}>
      {mayEdit ? (
        <Button label="ra.action.edit" onClick={() => setEditing(true)}>
          <EditIcon />
        </Button>
      ) : null}
      {mayDelete ? (
        <Button label="ra.action.delete" color="error" onClick={() => setConfirming(true)}>
          <DeleteIcon />
        </Button>
      ) : null}
      {editing ? (
        <FactDialog
          kind={kind}
          title={`chungTay.campaignFacts.edit.${kind}`}
          record={record}
          open
          onClose={() => setEditing(false)}
        >
          {children}
        </FactDialog>
      ) : null}
      <Confirm
        isOpen={confirming}
        loading={deleting}
        title="chungTay.campaignFacts.deleteTitle"
        content="chungTay.campaignFacts.deleteConfirm"
        translateOptions={{ name }}
        confirm="ra.action.delete"
        confirmColor="warning"
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
