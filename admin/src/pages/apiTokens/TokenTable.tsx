import BlockIcon from '@mui/icons-material/Block';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { Button, Confirm, useTranslate } from 'react-admin';
import type { ApiToken } from '@chung-tay/schema';
import { formatDateTime } from '../../common/dates';

function RevokeButton({ token, revoke }: { token: ApiToken; revoke: (id: string) => Promise<void> }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  return (
    <>
      <Button
        label="chungTay.apiTokens.revoke"
        aria-label={translate('chungTay.apiTokens.revokeOne', { name: token.name })}
        color="error"
        onClick={() => setOpen(true)}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="chungTay.apiTokens.revokeTitle"
        content="chungTay.apiTokens.revokeContent"
        translateOptions={{ name: token.name }}
        onConfirm={async () => {
          setPending(true);
          try {
            await revoke(token.id);
          } finally {
            setPending(false);
            setOpen(false);
          }
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** One's tokens, newest first; a revoked one stays listed, marked, and cannot be used again. */
export function TokenTable({ tokens, revoke }: { tokens: ApiToken[]; revoke: (id: string) => Promise<void> }) {
  const translate = useTranslate();
  const none = translate('chungTay.common.none');
  return (
    <Table size="small" aria-label={translate('chungTay.apiTokens.mine')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('chungTay.apiTokens.name')}</TableCell>
          <TableCell>{translate('chungTay.apiTokens.scopeUnit')}</TableCell>
          <TableCell>{translate('chungTay.apiTokens.createdAt')}</TableCell>
          <TableCell>{translate('chungTay.apiTokens.lastUsedAt')}</TableCell>
          <TableCell>{translate('chungTay.apiTokens.status')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id}>
            <TableCell>{token.name}</TableCell>
            <TableCell>{token.scopeUnit.name}</TableCell>
            <TableCell>{formatDateTime(token.createdAt)}</TableCell>
            <TableCell>{formatDateTime(token.lastUsedAt) || none}</TableCell>
            <TableCell>
              {token.revokedAt ? (
                <Chip
                  size="small"
                  variant="outlined"
                  label={translate('chungTay.apiTokens.revokedAt', { date: formatDateTime(token.revokedAt) })}
                />
              ) : (
                <Chip size="small" variant="outlined" color="success" label={translate('chungTay.apiTokens.working')} />
              )}
            </TableCell>
            <TableCell align="right">
              {token.revokedAt ? null : <RevokeButton token={token} revoke={revoke} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
