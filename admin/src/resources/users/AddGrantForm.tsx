import AddIcon from '@mui/icons-material/Add';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import {
  Form,
  HttpError,
  SaveButton,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { User } from '@chung-tay/schema';
import { EnumInput, UnitReferenceInput } from '../../common/inputs';
import type { ChungTayDataProvider } from '../../dataProvider';

/** Grants one more role on a unit, at once (grantRole); the page then shows the new grant. */
export function AddGrantForm() {
  const record = useRecordContext<User>();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  // A new form after each grant: empty fields, ready for the next one.
  const [round, setRound] = useState(0);
  if (!record) return null;

  const submit = async (values: Record<string, any>) => {
    try {
      await dataProvider.grantRole({ userId: String(record.id), role: values.role, unitId: values.unitId });
      notify('chungTay.users.granted', { type: 'info' });
      setRound((r) => r + 1);
      refresh();
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    return undefined;
  };

  return (
    <Form key={round} onSubmit={submit} record={{}} resource="users">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <EnumInput source="role" enumName="Role" label="chungTay.users.grantRole" validate={required()} />
        <UnitReferenceInput source="unitId" label="chungTay.users.grantUnit" validate={required()} />
        <SaveButton label="chungTay.users.grant" icon={<AddIcon />} alwaysEnable={false} sx={{ flexShrink: 0 }} />
      </Stack>
    </Form>
  );
}
