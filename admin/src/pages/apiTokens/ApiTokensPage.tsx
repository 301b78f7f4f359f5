import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Loading, Title, useAuthenticated, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { EmptyNote, Panel } from '../../common/layout';
import { useLoaded } from '../../common/useLoaded';
import type { ChungTayDataProvider } from '../../dataProvider';
import { CreateTokenForm } from './CreateTokenForm';
import { SecretDialog } from './SecretDialog';
import { TokenTable } from './TokenTable';

/**
 * "API keys": one's own read-only tokens for the graph (each acts as a DEVELOPER on its unit,
 * whatever its owner may do): list, create (the secret shown once), revoke.
 */
export function ApiTokensPage() {
  useAuthenticated();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const tokens = useLoaded(() => dataProvider.myApiTokens(), 'mine');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  const create = async (input: { name: string; scopeUnitId: string }) => {
    const { token, apiToken } = await dataProvider.createApiToken(input);
    setCreated({ name: apiToken.name, secret: token });
    tokens.reload();
  };
  const revoke = async (id: string) => {
    try {
      await dataProvider.revokeApiToken(id);
      notify('chungTay.apiTokens.revoked', { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    tokens.reload();
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.apiTokens.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('chungTay.apiTokens.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 900 }}>
        {translate('chungTay.apiTokens.help')}
      </Typography>
      <Panel title="chungTay.apiTokens.new" id="api-token-new">
        <CreateTokenForm create={create} />
      </Panel>
      <Panel title="chungTay.apiTokens.mine" id="api-token-list">
        {tokens.error ? (
          <Alert severity="error">{(tokens.error as Error).message}</Alert>
        ) : tokens.isPending && !tokens.data ? (
          <Loading />
        ) : tokens.data?.length ? (
          <TokenTable tokens={tokens.data} revoke={revoke} />
        ) : (
          <EmptyNote message="chungTay.apiTokens.none" />
        )}
      </Panel>
      <SecretDialog name={created?.name ?? ''} secret={created?.secret ?? null} onClose={() => setCreated(null)} />
    </Box>
  );
}
