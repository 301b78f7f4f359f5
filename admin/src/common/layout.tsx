import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import {
  EditButton,
  ListButton,
  SaveButton,
  Toolbar,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';

/** A titled card on a show page (a launching document, contact details, targets). */
export function Panel({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const translate = useTranslate();
  const headingId = id ?? `panel-${title.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} sx={{ mb: 2 }}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** A quiet line for an empty section: "No sub-campaigns." */
export function EmptyNote({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" role="note">
      {translate(message)}
    </Typography>
  );
}

/**
 * Save only: nothing here is deleted. On a record outside the user's grants (a link followed to
 * another province's campaign) it says so before they type; saving stays possible, as the server
 * has the last word and answers with its own message.
 */
export function SaveOnlyToolbar() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: record?.id != null ? 'edit' : 'create', record });
  return (
    <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
      <SaveButton />
      {canAccess === false ? (
        <Alert severity="warning" role="alert" sx={{ flex: 1 }}>
          {translate('chungTay.access.outsideGrants')}
        </Alert>
      ) : null}
    </Toolbar>
  );
}

export function ShowActions() {
  return (
    <TopToolbar>
      <ListButton />
      <EditButton />
    </TopToolbar>
  );
}
