import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useInput, useRefresh, useTranslate } from 'react-admin';

/**
 * A save refused because someone else changed the record first (CONFLICT on `version`, which has
 * no input of its own): said plainly above the form, with the server's words and a way to reload.
 */
export function VersionConflict({ title = 'chungTay.conflict.title' }: { title?: string }) {
  // The record's version, kept as a field of the form so that the server's error has a home.
  const { fieldState } = useInput({ source: 'version' });
  const translate = useTranslate();
  const refresh = useRefresh();
  const error = fieldState.error;
  if (!error) return null;
  const message = typeof error.message === 'string' ? error.message : '';
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ mb: 2, width: '100%' }}
      action={
        <Button color="inherit" size="small" onClick={() => refresh()}>
          {translate('chungTay.conflict.reload')}
        </Button>
      }
    >
      <AlertTitle>{translate(title)}</AlertTitle>
      <Box component="span" sx={{ display: 'block' }}>
        {message}
      </Box>
      <Box component="span" sx={{ display: 'block' }}>
        {translate('chungTay.conflict.help')}
      </Box>
    </Alert>
  );
}
