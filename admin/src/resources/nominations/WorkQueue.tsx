import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Loading, Title, useAuthProvider, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { STEPS } from '../../auth/nominationSteps';
import { formatDate } from '../../common/dates';
import { Panel } from '../../common/layout';
import { NominationActions } from './NominationActions';

/**
 * "Việc chờ tôi": the nominations waiting for a step the current user may take now — their own
 * drafts to submit, others' submissions to review, forwarded ones their level decides, decided
 * ones to confer — each with its buttons. The server picks them (awaitingMe), oldest proposal
 * last; each is checked again against the step rules the buttons use, so the two cannot disagree.
 */
export function WorkQueue() {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const { data, isPending, refetch } = useGetList('nominations', {
    filter: { awaitingMe: true },
    pagination: { page: 1, perPage: 100 },
  });
  const [mine, setMine] = useState<any[] | null>(null);

  useEffect(() => {
    if (!data) return;
    let current = true;
    Promise.all(
      data.map(async (record) => {
        for (const step of STEPS) {
          if (await authProvider?.canAccess?.({ resource: 'nominations', action: step, record })) return record;
        }
        return null;
      }),
    ).then((rows) => current && setMine(rows.filter(Boolean)));
    return () => {
      current = false;
    };
  }, [data, authProvider]);

  const t = (key: string) => translate(`chungTay.commendations.fields.${key}`);
  return (
    <Panel title="chungTay.commendations.queue.title" id="work-queue">
      <Title title="chungTay.commendations.queue.title" />
      {isPending || !mine ? (
        <Loading />
      ) : mine.length === 0 ? (
        <Typography role="note" color="text.secondary">
          {translate('chungTay.commendations.queue.empty')}
        </Typography>
      ) : (
        <Table size="small" aria-label={translate('chungTay.commendations.queue.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('id')}</TableCell>
              <TableCell>{t('recipient')}</TableCell>
              <TableCell>{t('form')}</TableCell>
              <TableCell>{t('status')}</TableCell>
              <TableCell>{t('proposedOn')}</TableCell>
              <TableCell>{t('actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {mine.map((n) => (
              <TableRow key={n.id} data-testid={`queue-row-${n.id}`}>
                <TableCell>
                  <Link to={`/nominations/${n.id}/show`}>{n.id}</Link>
                </TableCell>
                <TableCell>{n.recipient?.name}</TableCell>
                <TableCell>{n.form?.name}</TableCell>
                <TableCell>{translate(`chungTay.commendations.status.${n.status}`)}</TableCell>
                <TableCell>{formatDate(n.proposedOn)}</TableCell>
                <TableCell>
                  <NominationActions record={n} onDone={() => refetch()} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}
