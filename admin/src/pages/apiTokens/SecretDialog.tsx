import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The new token's secret, shown this once: the server keeps only its hash, so closing the
 * dialog loses it for good. Copying is one click; the text can also be selected by hand.
 */
export function SecretDialog({ name, secret, onClose }: { name: string; secret: string | null; onClose: () => void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field is selected instead.
      (document.getElementById('api-token-secret') as HTMLInputElement | null)?.select();
      setCopied('no');
    }
  };
  return (
    <Dialog open={!!secret} aria-labelledby="api-token-secret-title" fullWidth maxWidth="sm" disableEscapeKeyDown>
      <DialogTitle id="api-token-secret-title">{translate('chungTay.apiTokens.secretTitle', { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          <AlertTitle>{translate('chungTay.apiTokens.onceTitle')}</AlertTitle>
          {translate('chungTay.apiTokens.onceWarning')}
        </Alert>
        <TextField
          id="api-token-secret"
          label={translate('chungTay.apiTokens.secret')}
          value={secret ?? ''}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace' } } }}
          onFocus={(event) => event.target.select()}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} role="status">
          {copied === 'yes'
            ? translate('chungTay.apiTokens.copied')
            : copied === 'no'
              ? translate('chungTay.apiTokens.copyByHand')
              : translate('chungTay.apiTokens.usage')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate('chungTay.apiTokens.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('chungTay.apiTokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
