import AttachFileIcon from '@mui/icons-material/AttachFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';

/** A .csv or .xlsx statement file, chosen with a button; its name shown beside it. */
export function FilePicker({
  file,
  onChange,
  label = 'chungTay.statementImport.file',
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  label?: string;
}) {
  const translate = useTranslate();
  const inputId = useId();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, my: 2, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary" component="label" htmlFor={inputId}>
        {translate(label)}
      </Typography>
      <Button component="label" variant="outlined" size="small" startIcon={<AttachFileIcon />}>
        {translate('chungTay.statementImport.chooseFile')}
        <input
          id={inputId}
          type="file"
          hidden
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={translate(label)}
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      </Button>
      <Typography variant="body2" data-testid="chosen-file">
        {file ? file.name : translate('chungTay.statementImport.noFile')}
      </Typography>
    </Box>
  );
}
