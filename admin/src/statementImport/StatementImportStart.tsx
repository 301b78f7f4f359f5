import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Form, Loading, SaveButton, Title, Toolbar, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import type { Fund } from '@chung-tay/schema';
import { CampaignReferenceInput } from '../common/inputs';
import type { ChungTayDataProvider } from '../dataProvider';
import { BankFormatPicker } from './BankFormatPicker';
import { FilePicker } from './FilePicker';
import { ImportSteps } from './ImportSteps';

/**
 * Step 1, from a fund's page: the bank's layout, an optional default campaign and the file. The
 * import is started here; its page (StatementImportShow) sends the file with progress shown.
 */
export function StatementImportStart() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { data: fund, isPending } = useGetOne<Fund>('funds', { id: id! });
  const [formatCode, setFormatCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (isPending) return <Loading />;
  if (!fund) return <Typography role="alert">{translate('ra.notification.item_doesnt_exist')}</Typography>;

  const submit = async (values: Record<string, any>) => {
    if (!file || !formatCode) {
      setError(translate('chungTay.statementImport.fileRequired'));
      return;
    }
    setError(null);
    try {
      const started = await dataProvider.startStatementImport({
        fundId: String(fund.id),
        formatCode,
        fileName: file.name,
        defaultCampaignId: values.defaultCampaignId || null,
      });
      // The File travels in the history entry (structured clone), so a reload of the import's
      // page can still resume with it.
      navigate(`/statementImports/${encodeURIComponent(started.id)}/show`, { state: { file } });
    } catch (e: any) {
      setError(e?.message ?? translate('ra.notification.http_error'));
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chungTay.statementImport.start" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('chungTay.statementImport.title', { fund: `${fund.code} – ${fund.name}` })}
          </Typography>
          <ImportSteps active={0} />
          {error ? (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {error}
            </Alert>
          ) : null}
          <Form onSubmit={submit} noValidate>
            <BankFormatPicker value={formatCode} onChange={setFormatCode} />
            <CampaignReferenceInput
              source="defaultCampaignId"
              label="chungTay.statementImport.defaultCampaign"
              helperText="chungTay.statementImport.defaultCampaignHelp"
            />
            <FilePicker file={file} onChange={setFile} />
            <Toolbar>
              <SaveButton label="chungTay.statementImport.upload" icon={<UploadFileIcon />} alwaysEnable />
              <Button sx={{ ml: 2 }} onClick={() => navigate(`/funds/${encodeURIComponent(fund.id)}/show`)}>
                {translate('ra.action.cancel')}
              </Button>
            </Toolbar>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
