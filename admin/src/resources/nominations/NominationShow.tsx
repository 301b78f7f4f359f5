import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  EditButton,
  ListButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../common/dates';
import { Panel } from '../../common/layout';
import { formatMoney } from '../../common/money';
import { RecordTabs } from '../../common/RecordTabs';
import { DateTextField } from '../../common/fields';
import { EligibilityChecks } from './EligibilityChecks';
import { CommendationEnumField, NominationStatusField } from './fields';
import { NominationActions } from './NominationActions';

/** The council's meeting, the decision and the eligibility report, where the nomination has them. */
function Progress() {
  const record = useRecordContext<any>();
  const translate = useTranslate();
  if (!record) return null;
  const t = (key: string) => translate(`chungTay.commendations.fields.${key}`);
  return (
    <>
      {record.council ? (
        <Panel title="chungTay.commendations.council" id="nomination-council">
          <Typography variant="body2">
            {t('meetingOn')}: {formatDate(record.council.meetingOn)} · {t('membersPresent')}:{' '}
            {record.council.membersPresent} · {t('votesFor')}: {record.council.votesFor} · {t('votesAgainst')}:{' '}
            {record.council.votesAgainst}
            {record.council.minutesRef ? ` · ${t('minutesRef')}: ${record.council.minutesRef}` : ''}
          </Typography>
        </Panel>
      ) : null}
      {record.decision ? (
        <Panel title="chungTay.commendations.decision" id="nomination-decision">
          <Typography variant="body2">
            {t('decisionNumber')}: {record.decision.number} · {t('decidedOn')}: {formatDate(record.decision.decidedOn)}{' '}
            · {t('signerName')}: {record.decision.signerName}
          </Typography>
        </Panel>
      ) : null}
      {record.reason ? (
        <Panel title="chungTay.commendations.fields.reason" id="nomination-reason">
          <Typography variant="body2">{record.reason}</Typography>
        </Panel>
      ) : null}
      {record.eligibility ? (
        <Panel title="chungTay.commendations.eligibility.title" id="nomination-eligibility">
          <EligibilityChecks report={record.eligibility} />
        </Panel>
      ) : null}
      <Panel title="chungTay.commendations.timeline" id="nomination-timeline">
        <Table size="small" aria-label={translate('chungTay.commendations.timeline')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('when')}</TableCell>
              <TableCell>{t('step')}</TableCell>
              <TableCell>{t('actor')}</TableCell>
              <TableCell>{t('note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(record.transitions ?? []).map((tr: any, i: number) => (
              <TableRow key={i}>
                <TableCell>{formatDateTime(tr.createdAt)}</TableCell>
                <TableCell>
                  {tr.fromStatus ? `${translate(`chungTay.commendations.status.${tr.fromStatus}`)} → ` : ''}
                  {translate(`chungTay.commendations.status.${tr.toStatus}`)}
                </TableCell>
                <TableCell>{tr.actorLabel}</TableCell>
                <TableCell>{tr.note ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Panel>
    </>
  );
}

function CertificateLink() {
  const record = useRecordContext<any>();
  const translate = useTranslate();
  if (!record || !['CONFERRED', 'PUBLISHED'].includes(record.status)) return null;
  return (
    <Button component={Link} to={`/commendations/${record.id}/certificate`} size="small">
      {translate('chungTay.commendations.certificate.open')}
    </Button>
  );
}

function Actions() {
  return (
    <TopToolbar sx={{ justifyContent: 'space-between', width: '100%' }}>
      <NominationActions />
      <div>
        {/* Shown for a draft or a returned nomination to its board only (authProvider's canAccess). */}
        <EditButton />
        <CertificateLink />
        <ListButton />
      </div>
    </TopToolbar>
  );
}

/** A nomination: what it asks for whom, where it stands, its timeline and history. */
export function NominationShow() {
  return (
    <Show actions={<Actions />}>
      <RecordTabs>
        <SimpleShowLayout>
          <TextField source="id" label="chungTay.commendations.fields.id" />
          <NominationStatusField label="chungTay.commendations.fields.status" />
          <TextField source="recipient.name" label="chungTay.commendations.fields.recipient" />
          <CommendationEnumField
            source="recipient.kind"
            enumName="recipientKind"
            label="chungTay.commendations.fields.recipientKind"
          />
          <TextField source="form.name" label="chungTay.commendations.fields.form" />
          <TextField source="campaign.name" label="chungTay.commendations.fields.campaign" emptyText="—" />
          <TextField source="proposingUnit.name" label="chungTay.commendations.fields.proposingUnit" />
          <TextField source="conferringUnit.name" label="chungTay.commendations.fields.conferringUnit" />
          <DateTextField source="proposedOn" label="chungTay.commendations.fields.proposedOn" />
          <TextField source="achievement" label="chungTay.commendations.fields.achievement" />
          <FundsLine />
        </SimpleShowLayout>
        <Progress />
      </RecordTabs>
    </Show>
  );
}

function FundsLine(_props: { label?: string }) {
  const record = useRecordContext<any>();
  const translate = useTranslate();
  if (!record?.fundsMobilized && record?.housesBuilt == null && record?.householdsLiftedOut == null) return null;
  const parts = [
    record.fundsMobilized
      ? `${translate('chungTay.commendations.fields.fundsMobilized')}: ${formatMoney(record.fundsMobilized)}`
      : '',
    record.housesBuilt != null
      ? `${translate('chungTay.commendations.fields.housesBuilt')}: ${record.housesBuilt}`
      : '',
    record.householdsLiftedOut != null
      ? `${translate('chungTay.commendations.fields.householdsLiftedOut')}: ${record.householdsLiftedOut}`
      : '',
  ].filter(Boolean);
  return <Typography variant="body2">{parts.join(' · ')}</Typography>;
}
