import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import MuiTextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Household } from '@chung-tay/schema';
import { EmptyNote } from '../../common/layout';
import { enumValues } from '../../dataProvider/schema';
import type { ChungTayDataProvider } from '../../dataProvider';

/** Records (or corrects) one year's review: the year's standing replaces what was there. */
function RecordStatus({ household }: { household: Household }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [status, setStatus] = useState('POOR');
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await dataProvider.recordHouseholdStatus({ householdId: String(household.id), year: Number(year), status });
      notify('chungTay.households.statusRecorded', { type: 'success', messageArgs: { year } });
      refresh();
    } catch (error: any) {
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack component="form" direction="row" spacing={2} sx={{ mt: 2 }} onSubmit={submit} useFlexGap>
      <MuiTextField
        size="small"
        label={translate('chungTay.households.year')}
        value={year}
        onChange={(e) => setYear(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '\\d{4}' } }}
        sx={{ width: 100 }}
      />
      <MuiTextField
        select
        size="small"
        label={translate('chungTay.households.status')}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        sx={{ minWidth: 200 }}
      >
        {enumValues('PovertyStatus').map((v) => (
          <MenuItem key={v} value={v}>
            {translate(`chungTay.enums.PovertyStatus.${v}`)}
          </MenuItem>
        ))}
      </MuiTextField>
      <Button type="submit" variant="outlined" disabled={saving || !/^\d{4}$/.test(year)}>
        {translate('chungTay.households.recordStatus')}
      </Button>
    </Stack>
  );
}

/** The household's standing year by year (hộ nghèo, cận nghèo, thoát nghèo…). */
export function HouseholdStatuses() {
  const household = useRecordContext<Household>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'households', action: 'status', record: household });
  if (!household) return null;
  return (
    <>
      {household.statuses.length === 0 ? (
        <EmptyNote message="chungTay.households.noStatuses" />
      ) : (
        <Table size="small" aria-label={translate('chungTay.households.statuses')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('chungTay.households.year')}</TableCell>
              <TableCell>{translate('chungTay.households.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {household.statuses.map((s) => (
              <TableRow key={s.year}>
                <TableCell>{s.year}</TableCell>
                <TableCell>{translate(`chungTay.enums.PovertyStatus.${s.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canAccess ? <RecordStatus household={household} /> : null}
    </>
  );
}
