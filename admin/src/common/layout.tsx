import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SaveButton, Toolbar, TopToolbar, EditButton, ListButton, useTranslate } from 'react-admin';

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

/** Save only: nothing here is deleted. */
export function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
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
