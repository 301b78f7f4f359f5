import ReplayIcon from '@mui/icons-material/Replay';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { StatementImport } from '@chung-tay/schema';
import type { ChungTayDataProvider } from '../dataProvider';
import { FilePicker } from './FilePicker';
import { formatCount } from './numbers';
import { uploadStatementFile } from './upload';

type Phase = 'idle' | 'sending' | 'broken';

/**
 * Sends the file of an import that is still UPLOADING, with the bytes sent (from the browser)
 * and the lines the server has read (polled) shown as it goes. When the upload breaks, the same
 * file is sent again ("Tiếp tục tải"): the server skips the lines it already stored.
 */
export function UploadPanel({
  record,
  initialFile,
  onDone,
}: {
  record: StatementImport;
  initialFile: File | null;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [file, setFile] = useState<File | null>(initialFile);
  const [phase, setPhase] = useState<Phase>(initialFile ? 'sending' : 'broken');
  const [percent, setPercent] = useState(0);
  const [linesRead, setLinesRead] = useState(record.linesRead);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  const send = async (chosen: File) => {
    setPhase('sending');
    setError(null);
    setPercent(0);
    try {
      const counts = await uploadStatementFile(record.uploadPath, chosen, (sent, total) =>
        setPercent(total > 0 ? Math.floor((sent * 100) / total) : 0),
      );
      setLinesRead(counts.linesRead);
      onDone();
    } catch (e: any) {
      setError(translate(e?.message ?? 'ra.notification.http_error', { _: e?.message }));
      setPhase('broken');
    }
  };

  // The file chosen on step 1 goes up as soon as the page opens (once, even in StrictMode).
  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true;
      void send(initialFile);
    }
  }, []);

  // How far the server has read, while the bytes go up.
  useEffect(() => {
    if (phase !== 'sending') return undefined;
    const timer = setInterval(() => {
      dataProvider
        .statementImportProgress(String(record.id))
        .then((p) => p && setLinesRead(p.linesRead))
        .catch(() => undefined);
    }, 500);
    return () => clearInterval(timer);
  }, [phase, dataProvider, record.id]);

  return (
    <Box sx={{ my: 2 }} aria-live="polite">
      {phase === 'sending' ? (
        <>
          <Typography variant="body2" data-testid="upload-progress">
            {translate('chungTay.statementImport.uploading', { lines: formatCount(linesRead), percent })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={percent}
            sx={{ my: 1, height: 8, borderRadius: 1 }}
            aria-label={translate('chungTay.statementImport.upload')}
          />
        </>
      ) : (
        <>
          {error ? (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {error}
            </Alert>
          ) : null}
          <Alert severity="warning" sx={{ mb: 1 }}>
            {translate('chungTay.statementImport.uploadBroken')}{' '}
            {translate('chungTay.statementImport.read', { lines: formatCount(linesRead) })}
          </Alert>
          <FilePicker file={file} onChange={setFile} />
          <Button variant="contained" startIcon={<ReplayIcon />} disabled={!file} onClick={() => file && send(file)}>
            {translate('chungTay.statementImport.resume')}
          </Button>
        </>
      )}
    </Box>
  );
}
