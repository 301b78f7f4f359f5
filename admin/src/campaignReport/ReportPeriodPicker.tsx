import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import MuiTextField from '@mui/material/TextField';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { AdministrativeUnit, Campaign } from '@chung-tay/schema';

export interface ReportChoice {
  unitId: string;
  fromYear: number;
  toYear: number;
}

const validYear = (text: string) => /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100;

/**
 * The unit (the campaign's own, or one under it) and the years of the report. Years apply as
 * soon as both read as a valid period; until then the report on screen stays as it was.
 */
export function ReportPeriodPicker({
  campaign,
  value,
  onChange,
}: {
  campaign: Campaign;
  value: ReportChoice;
  onChange: (choice: ReportChoice) => void;
}) {
  const translate = useTranslate();
  const [fromText, setFromText] = useState(String(value.fromYear));
  const [toText, setToText] = useState(String(value.toYear));
  const { data: units = [] } = useGetList<AdministrativeUnit>('administrativeUnits', {
    filter: { withinUnitId: campaign.scopeUnit.id },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const choices = units.some((u) => String(u.id) === value.unitId)
    ? units
    : [{ id: value.unitId, name: campaign.scopeUnit.name } as AdministrativeUnit, ...units];
  const periodBad = validYear(fromText) && validYear(toText) && Number(toText) < Number(fromText);
  const apply = (from: string, to: string) => {
    if (validYear(from) && validYear(to) && Number(to) >= Number(from)) {
      onChange({ ...value, fromYear: Number(from), toYear: Number(to) });
    }
  };
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap>
      <MuiTextField
        select
        size="small"
        label={translate('chungTay.campaignReport.unit')}
        value={value.unitId}
        onChange={(e) => onChange({ ...value, unitId: e.target.value })}
        sx={{ minWidth: 260 }}
        slotProps={{ htmlInput: { 'data-testid': 'report-unit' } }}
      >
        {choices.map((u) => (
          <MenuItem key={u.id} value={String(u.id)}>
            {u.name}
          </MenuItem>
        ))}
      </MuiTextField>
      {(
        [
          ['fromYear', fromText, setFromText],
          ['toYear', toText, setToText],
        ] as const
      ).map(([field, text, set]) => (
        <MuiTextField
          key={field}
          size="small"
          label={translate(`chungTay.campaignReport.${field}`)}
          value={text}
          onChange={(e) => {
            set(e.target.value);
            if (field === 'fromYear') apply(e.target.value, toText);
            else apply(fromText, e.target.value);
          }}
          error={!validYear(text) || (field === 'toYear' && periodBad)}
          helperText={translate(
            field === 'toYear' && periodBad
              ? 'chungTay.campaignReport.periodInvalid'
              : 'chungTay.campaignReport.yearHint',
          )}
          sx={{ width: 140 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': `report-${field}` } }}
        />
      ))}
    </Stack>
  );
}
