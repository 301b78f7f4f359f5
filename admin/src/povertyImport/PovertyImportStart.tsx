import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { ChungTayDataProvider } from '../dataProvider';
import { FilePicker } from '../statementImport/FilePicker';
import { ImportSteps } from '../statementImport/ImportSteps';
import { uploadStatementFile } from '../statementImport/upload';

/**
 * Step 1: the file. The import is started and the file sent here (a statistics file is small:
 * no progress or resume as for a bank statement); its page then shows the preview.
 */
export function PovertyImportStart() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    if (!file) {
      setError(translate('chungTay.poverty.import.fileRequired'));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const started = await dataProvider.startPovertyImport(file.name);
      await uploadStatementFile(started.uploadPath, file, () => {}, 'povertyImport');
      navigate(`/povertyImports/${encodeURIComponent(started.id)}/show`);
    } catch (e: any) {
      setError(translate(e?.message ?? 'ra.notification.http_error', { _: e?.message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.poverty.import.menu" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('chungTay.poverty.import.title')}
          </Typography>
          <ImportSteps active={0} messages="chungTay.poverty.import" />
          <Typography variant="body2" color="text.secondary">
            {translate('chungTay.poverty.import.intro')}
          </Typography>
          {error ? (
            <Alert severity="error" role="alert" sx={{ my: 2 }}>
              {error}
            </Alert>
          ) : null}
          <FilePicker file={file} onChange={setFile} label="chungTay.poverty.import.file" />
          <Button variant="contained" startIcon={<UploadFileIcon />} disabled={busy} onClick={start}>
            {translate(busy ? 'chungTay.poverty.import.reading' : 'chungTay.poverty.import.start')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
