import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { CampaignReport } from '@chung-tay/schema';
import { formatDateTime } from '../common/dates';
import { Panel } from '../common/layout';
import type { ChungTayDataProvider } from '../dataProvider';

const FIELDS = ['situationNote', 'difficulties', 'lessons', 'proposals'] as const;
type Field = (typeof FIELDS)[number];
type Texts = Record<Field, string>;

const textsOf = (report: CampaignReport): Texts => ({
  situationNote: report.narrative.situationNote ?? '',
  difficulties: report.narrative.difficulties ?? '',
  lessons: report.narrative.lessons ?? '',
  proposals: report.narrative.proposals ?? '',
});

/**
 * The parts of the report staff write. Saving sends the version the form was opened on; when
 * someone saved in between, the server refuses (CONFLICT) and the form says so, with a reload,
 * instead of overwriting their text.
 */
export function NarrativeEditor({
  report,
  canEdit,
  onSaved,
  onReload,
}: {
  report: CampaignReport;
  canEdit: boolean;
  onSaved: (report: CampaignReport) => void;
  onReload: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const [texts, setTexts] = useState<Texts>(() => textsOf(report));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setErrors({});
    setConflict(null);
    try {
      const saved = await dataProvider.saveCampaignReportNarrative({
        campaignId: String(report.campaign.id),
        unitId: String(report.unit.id),
        fromYear: report.fromYear,
        toYear: report.toYear,
        version: report.narrative.version ?? null,
        ...Object.fromEntries(FIELDS.map((f) => [f, texts[f].trim() ? texts[f] : null])),
      } as Parameters<ChungTayDataProvider['saveCampaignReportNarrative']>[0]);
      notify('chungTay.campaignReport.saved', { type: 'success' });
      setTexts(textsOf(saved));
      onSaved(saved);
    } catch (error) {
      const e = error as { status?: number; message?: string; body?: { errors?: Record<string, string> } };
      if (e.status === 409) setConflict(e.message ?? '');
      else if (e.body?.errors) setErrors(e.body.errors as Partial<Record<Field, string>>);
      else notify(e.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel title="chungTay.campaignReport.narrative">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(canEdit ? 'chungTay.campaignReport.narrativeHelp' : 'chungTay.campaignReport.readOnly')}
      </Typography>
      {conflict !== null && (
        <Alert
          severity="error"
          role="alert"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={onReload}>
              {translate('chungTay.campaignReport.reload')}
            </Button>
          }
        >
          {translate('chungTay.campaignReport.conflict')} {conflict}
        </Alert>
      )}
      <Stack spacing={2}>
        {FIELDS.map((field) => (
          <MuiTextField
            key={field}
            label={translate(`chungTay.campaignReport.${field}`)}
            value={texts[field]}
            onChange={(e) => setTexts({ ...texts, [field]: e.target.value })}
            multiline
            minRows={field === 'situationNote' ? 2 : 3}
            fullWidth
            disabled={!canEdit}
            error={Boolean(errors[field])}
            helperText={errors[field]}
            slotProps={{ htmlInput: { maxLength: 20000, 'data-testid': `narrative-${field}` } }}
          />
        ))}
      </Stack>
      {canEdit && (
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
          <Button variant="contained" onClick={save} disabled={saving}>
            {translate('chungTay.campaignReport.save')}
          </Button>
          {report.narrative.updatedAt && (
            <Typography variant="body2" color="text.secondary">
              {translate('chungTay.campaignReport.lastSaved', { when: formatDateTime(report.narrative.updatedAt) })}
            </Typography>
          )}
        </Stack>
      )}
    </Panel>
  );
}
