import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useCallback, useEffect, useState } from 'react';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { BankStatementFormat } from '@chung-tay/schema';
import type { ChungTayDataProvider } from '../dataProvider';
import { BankFormatDialog } from './BankFormatDialog';

/**
 * Which bank's layout reads the file, with its column headers shown, and the editor to add a
 * bank or change one's headers. The first (or only) bank is chosen to begin with.
 */
export function BankFormatPicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { canAccess: mayEdit } = useCanAccess({ resource: 'bankStatementFormats', action: 'edit' });
  const [formats, setFormats] = useState<BankStatementFormat[]>([]);
  const [editing, setEditing] = useState<BankStatementFormat | null | undefined>(undefined);

  const load = useCallback(
    async (select?: string) => {
      const list = await dataProvider.bankStatementFormats();
      setFormats(list);
      if (select) onChange(select);
      else if (!value && list[0]) onChange(list[0].code);
    },
    [dataProvider, onChange, value],
  );
  useEffect(() => {
    void load();
    // Once: the list changes only through the editor, which reloads it.
  }, []);

  const current = formats.find((f) => f.code === value) ?? null;
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          sx={{ minWidth: 320 }}
          label={translate('chungTay.statementImport.format')}
          value={current ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          helperText={
            current
              ? translate('chungTay.statementImport.formatHelp', {
                  date: current.dateColumn,
                  reference: current.referenceColumn,
                  credit: current.creditColumn,
                  description: current.descriptionColumn,
                })
              : ' '
          }
        >
          {formats.map((f) => (
            <MenuItem key={f.code} value={f.code}>{`${f.code} – ${f.name}`}</MenuItem>
          ))}
        </TextField>
        {mayEdit ? (
          <>
            <Button size="small" startIcon={<EditIcon />} disabled={!current} onClick={() => setEditing(current)}>
              {translate('chungTay.statementImport.editFormat')}
            </Button>
            <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing(null)}>
              {translate('chungTay.statementImport.addFormat')}
            </Button>
          </>
        ) : null}
      </Box>
      {editing !== undefined ? (
        <BankFormatDialog
          format={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(code) => {
            setEditing(undefined);
            void load(code);
          }}
        />
      ) : null}
    </Box>
  );
}
