import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslate } from 'react-admin';
import type { CampaignReport } from '@chung-tay/schema';
import { EmptyNote, Panel } from '../common/layout';
import { groupDigits } from '../common/money';

// The report's sections drawn from the campaign's own facts (activities, exemplars, the check of
// the figures it states), beside those drawn from money, poverty and the registry (ReportSections).

const figure = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const t = (key: string) => `chungTay.campaignReport.${key}`;

/** Leadership and propaganda: panels, banners, dialogues, courses… summed per kind. */
export function ActivitiesSection({ report }: { report: CampaignReport }) {
  const translate = useTranslate();
  return (
    <Panel title={t('activities')}>
      {report.activities.length === 0 ? (
        <EmptyNote message={t('noActivities')} />
      ) : (
        <Table size="small" aria-label={translate(t('activities'))} data-testid="report-activities">
          <TableHead>
            <TableRow>
              <TableCell>{translate(t('activity'))}</TableCell>
              <TableCell align="right">{translate(t('activityCount'))}</TableCell>
              <TableCell align="right">{translate(t('participants'))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.activities.map((a) => (
              <TableRow key={a.kind}>
                <TableCell>{a.label}</TableCell>
                <TableCell align="right" sx={figure}>
                  {groupDigits(String(a.count))} {a.countUnit}
                </TableCell>
                <TableCell align="right" sx={figure}>
                  {a.participants == null ? '' : groupDigits(String(a.participants))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}

/** Exemplary people, collectives, households and livelihood models, and where they were replicated. */
export function ExemplarsSection({ report }: { report: CampaignReport }) {
  const translate = useTranslate();
  return (
    <Panel title={t('exemplars')}>
      {report.exemplaryModels.length === 0 ? (
        <EmptyNote message={t('noExemplars')} />
      ) : (
        <List dense data-testid="report-exemplars">
          {report.exemplaryModels.map((e) => (
            <ListItem key={e.id} disableGutters>
              <ListItemText
                primary={`${e.name} — ${translate(`chungTay.campaignReport.exemplarKind.${e.kind}`)}`}
                secondary={[
                  e.description,
                  e.replicated
                    ? translate(t('replicated'), { count: e.replicationCount ?? '', where: e.replicatedWhere ?? '' })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Panel>
  );
}

/** The figures the report states that do not add up, each with its difference; or that all do. */
export function ConsistencySection({ report }: { report: CampaignReport }) {
  const translate = useTranslate();
  const findings = report.consistencyFindings;
  return (
    <Panel title={t('consistency')}>
      <div data-testid="report-consistency">
        {findings.length === 0 ? (
          <Alert severity="success">{translate(t('allAddUp'))}</Alert>
        ) : (
          <>
            <Alert severity="warning" sx={{ mb: 1 }}>
              {translate(t('findings'), { smart_count: findings.length })}
            </Alert>
            <List dense>
              {findings.map((f) => (
                <ListItem key={f.figure.id} disableGutters>
                  <ListItemText
                    primary={f.figure.label}
                    secondary={translate(t('finding'), {
                      stated: f.stated.text,
                      computed: f.computed.text,
                      difference: f.difference.text,
                    })}
                  />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </div>
    </Panel>
  );
}
