import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { RoleGrant, User } from '@chung-tay/schema';
import { recordPath } from '../../common/fields';
import { EmptyNote, Panel } from '../../common/layout';
import type { ChungTayDataProvider } from '../../dataProvider';
import { AddGrantForm } from './AddGrantForm';

function RevokeButton({ user, grant }: { user: User; grant: RoleGrant }) {
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const options = {
    role: translate(`chungTay.enums.Role.${grant.role}`),
    unit: grant.unit.name,
    name: user.displayName,
  };
  const revoke = async () => {
    setPending(true);
    try {
      await dataProvider.revokeRole({ userId: String(user.id), role: grant.role, unitId: grant.unit.id });
      notify('chungTay.users.revoked', { type: 'info' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        label="chungTay.users.revoke"
        aria-label={translate('chungTay.users.revokeOne', options)}
        color="error"
        onClick={() => setOpen(true)}
      >
        <RemoveCircleOutlineIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="chungTay.users.revokeTitle"
        content="chungTay.users.revokeContent"
        translateOptions={options}
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** The user's grants, each revocable, and a form to grant one more. */
export function GrantsPanel() {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Panel title="chungTay.users.grants" id="user-grants">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('chungTay.users.grantsHelp')}
      </Typography>
      {record.grants.length === 0 ? (
        <EmptyNote message="chungTay.users.noGrants" />
      ) : (
        <Table size="small" aria-label={translate('chungTay.users.grants')} sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('chungTay.users.grantRole')}</TableCell>
              <TableCell>{translate('chungTay.users.grantUnit')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {record.grants.map((grant) => (
              <TableRow key={grant.id}>
                <TableCell>
                  {translate(`chungTay.enums.Role.${grant.role}`, { _: grant.role })} ({grant.role})
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={recordPath('administrativeUnits', grant.unit.id)}>
                    {grant.unit.name}
                  </Link>
                </TableCell>
                <TableCell align="right">
                  <RevokeButton user={record} grant={grant} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
        {translate('chungTay.users.addGrant')}
      </Typography>
      <AddGrantForm />
    </Panel>
  );
}
