import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Labeled, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Donor } from '@chung-tay/schema';
import { DateTimeTextField, EnumField, LinkedRecordField } from '../../common/fields';
import { RecordTabs } from '../../common/RecordTabs';
import { EmptyNote, Panel, ShowActions } from '../../common/layout';

function Identity() {
  return (
    <Panel title="chungTay.donors.identity">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="displayName">
            <TextField source="displayName" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="kind">
            <EnumField source="kind" enumName="DonorKind" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="updatedAt">
            <DateTimeTextField source="updatedAt" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="unit">
            <LinkedRecordField source="unit" reference="administrativeUnits" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="createdAt">
            <DateTimeTextField source="createdAt" />
          </Labeled>
        </Grid>
      </Grid>
    </Panel>
  );
}

function Publicity() {
  const record = useRecordContext<Donor>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Panel title="chungTay.donors.flags">
      <Stack direction="row" spacing={1} sx={{ mb: 2 }} role="list">
        <Chip
          role="listitem"
          color={record.anonymous ? 'warning' : 'default'}
          variant="outlined"
          label={translate(record.anonymous ? 'chungTay.donors.anonymous' : 'chungTay.donors.named')}
        />
        <Chip
          role="listitem"
          color={record.publicConsent ? 'success' : 'default'}
          variant="outlined"
          label={translate(record.publicConsent ? 'chungTay.donors.consent' : 'chungTay.donors.noConsent')}
        />
      </Stack>
      <Labeled source="publicName">
        <TextField source="publicName" />
      </Labeled>
      <Typography variant="body2" color="text.secondary">
        {translate('chungTay.donors.consentHelp')}
      </Typography>
    </Panel>
  );
}

function Contact() {
  const record = useRecordContext<Donor>();
  const translate = useTranslate();
  if (!record) return null;
  const contact = record.contact;
  const hasAny = !!contact && [contact.phone, contact.email, contact.address, contact.taxCode].some(Boolean);
  // The server says when it withheld the contact (extensions.redacted): not the same as none recorded.
  const hidden = (record as Donor & { _redacted?: Record<string, string> })._redacted?.contact;
  if (hidden) {
    return (
      <Panel title="chungTay.donors.contact" id="donor-contact">
        <Alert severity="info" icon={<VisibilityOffIcon />} role="note">
          <AlertTitle>{translate('chungTay.donors.hidden')}</AlertTitle>
          {hidden}
        </Alert>
      </Panel>
    );
  }
  return (
    <Panel title="chungTay.donors.contact" id="donor-contact">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('chungTay.common.personalData')}
      </Typography>
      {hasAny ? (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 3 }}>
            <Labeled source="contact.phone">
              <TextField source="contact.phone" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <Labeled source="contact.email">
              <TextField source="contact.email" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <Labeled source="contact.address">
              <TextField source="contact.address" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <Labeled source="contact.taxCode">
              <TextField source="contact.taxCode" />
            </Labeled>
          </Grid>
        </Grid>
      ) : (
        <EmptyNote message="chungTay.donors.noContact" />
      )}
    </Panel>
  );
}

export function DonorShow() {
  return (
    <Show actions={<ShowActions />}>
      <RecordTabs>
        <Identity />
        <Publicity />
        <Contact />
      </RecordTabs>
    </Show>
  );
}
