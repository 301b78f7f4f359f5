import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { EmptyNote } from '../../common/layout';

export interface Column {
  /** Message key of the header. */
  label: string;
  align?: 'right';
}

/** A small table of a campaign's facts, with its loading, error and empty states. */
export function FactTable({
  label,
  columns,
  isPending,
  error,
  empty,
  children,
  rows,
}: {
  label: string;
  columns: Column[];
  isPending: boolean;
  error?: unknown;
  empty: string;
  rows: number;
  children: ReactNode;
}) {
  const translate = useTranslate();
  if (error) {
    return (
      <Alert severity="error">{error instanceof Error ? error.message : translate('ra.notification.http_error')}</Alert>
    );
  }
  if (isPending && rows === 0) return <LinearProgress />;
  if (rows === 0) return <EmptyNote message={empty} />;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate(label)}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.label} align={c.align}>
                {c.label ? translate(c.label) : ''}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </Box>
  );
}

export const cell = (children: ReactNode, align?: 'right') => <TableCell align={align}>{children}</TableCell>;
export { TableCell, TableRow };
