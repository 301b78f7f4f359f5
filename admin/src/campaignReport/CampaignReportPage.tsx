import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Loading, Title, useCanAccess, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { Campaign, CampaignReport } from '@chung-tay/schema';
import { useLoaded } from '../common/useLoaded';
import type { ChungTayDataProvider } from '../dataProvider';
import { CampaignReportExportButtons } from '../documents/DownloadButtons';
import { NarrativeEditor } from './NarrativeEditor';
import { ReportPeriodPicker, type ReportChoice } from './ReportPeriodPicker';
import { CommendationsSection, FundsSection, PovertySection, SituationSection, SupportSection } from './ReportSections';

/** The figures of the report; the narrative editor remounts per unit, period and saved version. */
function ReportBody({
  report,
  onSaved,
  onReload,
}: {
  report: CampaignReport;
  onSaved: (r: CampaignReport) => void;
  onReload: () => void;
}) {
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ resource: 'campaignReports', action: 'edit', record: report });
  return (
    <>
      <SituationSection report={report} />
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {translate('chungTay.campaignReport.results')}
      </Typography>
      <FundsSection report={report} />
      <SupportSection report={report} />
      <PovertySection report={report} />
      <CommendationsSection report={report} />
      <NarrativeEditor
        key={`${report.unit.id}|${report.fromYear}|${report.toYear}|${report.narrative.version ?? 0}`}
        report={report}
        canEdit={Boolean(canEdit)}
        onSaved={onSaved}
        onReload={onReload}
      />
    </>
  );
}

/**
 * The campaign summary report (báo cáo tổng kết) for a unit and period, as the API computes it
 * from the facts, with its charts, the sections staff write, and the three downloads. Reached
 * from the campaign's page; the campaign's own unit and years by default.
 */
export function CampaignReportPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { data: campaign, error: campaignError } = useGetOne<Campaign>('campaigns', { id });
  const [choice, setChoice] = useState<ReportChoice | null>(null);
  const [saved, setSaved] = useState<CampaignReport | null>(null);
  const key = `${id}|${choice?.unitId ?? ''}|${choice?.fromYear ?? ''}|${choice?.toYear ?? ''}`;
  const loaded = useLoaded(() => dataProvider.campaignReport(id, choice ?? {}), key);
  const fresh = loaded.data ?? null;
  // A save answers with the whole report; it stands until the next load.
  const report =
    saved && fresh && saved.narrative.version !== fresh.narrative.version && sameScope(saved, fresh) ? saved : fresh;
  if (campaignError) return <Alert severity="error">{translate('chungTay.campaignReport.notFound')}</Alert>;
  if (!campaign || (!report && loaded.isPending)) return <Loading />;
  if (loaded.error && !report) {
    return <Alert severity="error">{(loaded.error as Error).message}</Alert>;
  }
  if (!report) return <Alert severity="error">{translate('chungTay.campaignReport.notFound')}</Alert>;
  const current: ReportChoice = { unitId: String(report.unit.id), fromYear: report.fromYear, toYear: report.toYear };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('chungTay.campaignReport.title', { name: campaign.code })} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('chungTay.campaignReport.title', { name: campaign.name })}
      </Typography>
      <ReportPeriodPicker
        key={`${current.unitId}|${current.fromYear}|${current.toYear}`}
        campaign={campaign}
        value={current}
        onChange={(next) => {
          setSaved(null);
          setChoice(next);
        }}
      />
      <Stack
        direction="row"
        spacing={1}
        sx={{ mb: 2, flexWrap: 'wrap' }}
        useFlexGap
        aria-label={translate('chungTay.campaignReport.exports')}
      >
        <CampaignReportExportButtons campaignId={id} {...current} />
      </Stack>
      {loaded.error ? <Alert severity="error">{(loaded.error as Error).message}</Alert> : null}
      <ReportBody
        report={report}
        onSaved={setSaved}
        onReload={() => {
          setSaved(null);
          loaded.reload();
        }}
      />
    </Box>
  );
}

const sameScope = (a: CampaignReport, b: CampaignReport) =>
  a.unit.id === b.unit.id && a.fromYear === b.fromYear && a.toYear === b.toYear;
