import AddIcon from '@mui/icons-material/Add';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Form, HttpError, SaveButton, TextInput, required, useGetIdentity, useNotify } from 'react-admin';
import type { ChungTayIdentity } from '../../auth/authProvider';
import { UnitReferenceInput } from '../../common/inputs';
import { requiredText } from '../../common/validation';

/** A name and the unit whose data the token may read (within one's own grants, the server checks). */
export function CreateTokenForm({
  create,
}: {
  create: (input: { name: string; scopeUnitId: string }) => Promise<void>;
}) {
  const notify = useNotify();
  const { identity } = useGetIdentity();
  // A fresh form after each token; its scope starts at the unit of one's first grant.
  const [round, setRound] = useState(0);
  const firstUnit = (identity as ChungTayIdentity | undefined)?.grants[0]?.unit.id;
  const submit = async (values: Record<string, any>) => {
    try {
      await create({ name: values.name, scopeUnitId: values.scopeUnitId });
      setRound((r) => r + 1);
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    return undefined;
  };
  if (!identity) return null;
  return (
    <Form key={round} onSubmit={submit} record={{ scopeUnitId: firstUnit }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <TextInput
          source="name"
          label="chungTay.apiTokens.name"
          validate={requiredText(100)}
          helperText="chungTay.apiTokens.nameHelp"
          sx={{ minWidth: 280 }}
        />
        <UnitReferenceInput
          source="scopeUnitId"
          label="chungTay.apiTokens.scopeUnit"
          validate={required()}
          helperText="chungTay.apiTokens.scopeHelp"
        />
        <SaveButton label="chungTay.apiTokens.create" icon={<AddIcon />} sx={{ mt: 1, flexShrink: 0 }} />
      </Stack>
    </Form>
  );
}
