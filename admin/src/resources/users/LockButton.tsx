import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { Button, Confirm, useGetIdentity, useNotify, useRecordContext, useUpdate } from 'react-admin';
import type { User } from '@chung-tay/schema';

/**
 * Locks an account (it cannot log in; its sessions and API tokens stop at once) or unlocks it.
 * Not offered on one's own account: locking oneself out is never what one means.
 */
export function LockButton() {
  const record = useRecordContext<User>();
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const [open, setOpen] = useState(false);
  if (!record || !identity || String(identity.id) === String(record.id)) return null;
  const locking = record.active;
  const confirm = () =>
    update(
      'users',
      { id: record.id, data: { active: !locking }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(locking ? 'chungTay.users.lockedDone' : 'chungTay.users.unlockedDone', { type: 'info' });
        },
        onError: (error) => {
          setOpen(false);
          notify((error as Error).message, { type: 'error' });
        },
      },
    );
  return (
    <>
      <Button label={locking ? 'chungTay.users.lock' : 'chungTay.users.unlock'} onClick={() => setOpen(true)}>
        {locking ? <LockIcon /> : <LockOpenIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={locking ? 'chungTay.users.lockTitle' : 'chungTay.users.unlockTitle'}
        content={locking ? 'chungTay.users.lockContent' : 'chungTay.users.unlockContent'}
        translateOptions={{ name: record.displayName }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
