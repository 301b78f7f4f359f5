import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import {
  EditButton,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { User } from '@chung-tay/schema';
import { DateTimeTextField } from '../../common/fields';
import { Panel } from '../../common/layout';
import { auditTrailUrl } from '../auditEvents/auditTrailUrl';
import { GrantsPanel } from './GrantsPanel';
import { LockButton } from './LockButton';
import { ActiveField } from './userFields';

function UserShowActions() {
  return (
    <TopToolbar>
      <ListButton />
      <LockButton />
      <EditButton />
    </TopToolbar>
  );
}

function Overview() {
  return (
    <Panel title="chungTay.common.overview">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Labeled source="displayName">
            <TextField source="displayName" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Labeled source="email">
            <TextField source="email" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Labeled source="active">
            <ActiveField source="active" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Labeled source="lastLoginAt">
            <DateTimeTextField source="lastLoginAt" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Labeled source="createdAt">
            <DateTimeTextField source="createdAt" />
          </Labeled>
        </Grid>
      </Grid>
    </Panel>
  );
}

/** Accounts have no history field: their changes, and the changes they made, are in the audit trail. */
function AuditLinks() {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Panel title="chungTay.users.audit">
      <Stack spacing={1}>
        <Link component={RouterLink} to={auditTrailUrl({ recordType: 'User', recordId: String(record.id) })}>
          {translate('chungTay.users.auditOfAccount')}
        </Link>
        <Link component={RouterLink} to={auditTrailUrl({ actorUserId: String(record.id) })}>
          {translate('chungTay.users.auditByAccount')}
        </Link>
      </Stack>
    </Panel>
  );
}

export function UserShow() {
  return (
    <Show actions={<UserShowActions />}>
      <Box sx={{ p: 2 }}>
        <Overview />
        <GrantsPanel />
        <AuditLinks />
      </Box>
    </Show>
  );
}
