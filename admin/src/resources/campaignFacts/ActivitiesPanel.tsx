import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import { formatDate } from '../../common/dates';
import { AddFactButton, FactRowActions } from './FactButtons';
import { ActivityForm } from './FactForms';
import { useFactList } from './FactsContext';
import { FactTable, TableCell, TableRow } from './FactTable';
import { formatQuantity, formatYears } from './format';

const H = (key: string, align?: 'right') => ({ label: `chungTay.campaignFacts.columns.${key}`, align });

/** Totals per kind over the whole campaign (the API's sums), then each record. */
export function ActivitiesPanel() {
  const totals = useFactList('campaignActivityTotals');
  const records = useFactList('campaignActivities');
  const translate = useTranslate();
  const locale = useLocale();
  const n = (value: number | null | undefined) => formatQuantity(value, locale);
  // The API words kinds as Vietnamese reports do; other languages take the catalogue's.
  const kindName = (kind: string, label: string) =>
    locale === 'vi' ? label : translate(`chungTay.enums.ActivityKind.${kind}`);
  return (
    <>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('chungTay.campaignFacts.activityTotals')}
      </Typography>
      <FactTable
        label="chungTay.campaignFacts.activityTotals"
        columns={[H('kind'), H('count', 'right'), H('participants', 'right'), H('records', 'right')]}
        isPending={totals.isPending}
        error={totals.error}
        empty="chungTay.campaignFacts.empty.activities"
        rows={totals.data?.length ?? 0}
      >
        {(totals.data ?? []).map((total) => (
          <TableRow key={total.kind} data-testid={`activity-total-${total.kind}`}>
            <TableCell>{kindName(total.kind, total.label)}</TableCell>
            <TableCell align="right">{`${n(total.count)} ${total.countUnit}`}</TableCell>
            <TableCell align="right">
              {total.participants != null ? `${n(total.participants)} ${total.participantsUnit ?? ''}` : ''}
            </TableCell>
            <TableCell align="right">{n(total.records)}</TableCell>
          </TableRow>
        ))}
      </FactTable>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }} gutterBottom>
        {translate('chungTay.campaignFacts.activityRecords')}
      </Typography>
      <AddFactButton kind="CampaignActivity" label="chungTay.campaignFacts.add.CampaignActivity">
        <ActivityForm />
      </AddFactButton>
      <FactTable
        label="chungTay.campaignFacts.activityRecords"
        columns={[
          H('kind'),
          H('unit'),
          H('when'),
          H('count', 'right'),
          H('participants', 'right'),
          H('note'),
          { label: '' },
        ]}
        isPending={records.isPending}
        error={records.error}
        empty="chungTay.campaignFacts.empty.activities"
        rows={records.data?.length ?? 0}
      >
        {(records.data ?? []).map((activity) => {
          const when = activity.heldOn ? formatDate(activity.heldOn) : formatYears(activity.fromYear, activity.toYear);
          return (
            <TableRow key={activity.id}>
              <TableCell>{kindName(activity.kind, activity.label)}</TableCell>
              <TableCell>{activity.unit.name}</TableCell>
              <TableCell>{when}</TableCell>
              <TableCell align="right">{n(activity.count)}</TableCell>
              <TableCell align="right">{n(activity.participants)}</TableCell>
              <TableCell>{activity.note ?? ''}</TableCell>
              <TableCell>
                <FactRowActions kind="CampaignActivity" record={activity} name={`${activity.label} ${when}`}>
                  <ActivityForm />
                </FactRowActions>
              </TableCell>
            </TableRow>
          );
        })}
      </FactTable>
    </>
  );
}
