import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useListContext, useRecordContext, useTranslate } from 'react-admin';
import {
  certificatePdfUrl,
  campaignReportUrl,
  fundSummaryExportUrl,
  type ReportFormat,
  receiptPdfUrl,
  statementExportUrl,
  type SpreadsheetFormat,
  type StatementExportFilter,
} from './downloadUrls';

/** A plain link the browser downloads: the server names the file (ASCII, e.g. sao-ke-quy-3-2025-10-17.xlsx). */
function DownloadLink({ href, label, pdf }: { href: string | null; label: string; pdf?: boolean }) {
  const translate = useTranslate();
  const icon = pdf ? <PictureAsPdfIcon /> : <DownloadIcon />;
  if (!href) {
    return (
      <Tooltip title={translate('chungTay.documents.chooseFundOrCampaign')}>
        <span>
          <Button size="small" startIcon={icon} disabled>
            {translate(label)}
          </Button>
        </span>
      </Tooltip>
    );
  }
  return (
    <Button size="small" startIcon={icon} component="a" href={href} download>
      {translate(label)}
    </Button>
  );
}

const FORMATS: [SpreadsheetFormat, string][] = [
  ['csv', 'chungTay.documents.exportCsv'],
  ['xlsx', 'chungTay.documents.exportXlsx'],
];

/** "Xuất CSV" / "Xuất Excel" on a list filtered by fund or campaign: the public statement with those filters. */
export function StatementExportButtons() {
  const { filterValues } = useListContext();
  const filter = (filterValues ?? {}) as StatementExportFilter;
  const ready = Boolean(filter.fundId || filter.campaignId);
  return (
    <>
      {FORMATS.map(([format, label]) => (
        <DownloadLink key={format} href={ready ? statementExportUrl(filter, format) : null} label={label} />
      ))}
    </>
  );
}

/** "Xuất CSV" / "Xuất Excel" of the fund summary on a fund's page; the whole history unless a period is given. */
export function FundSummaryExportButtons({ from, to }: { from?: string | null; to?: string | null }) {
  const fund = useRecordContext();
  if (!fund) return null;
  return (
    <>
      {FORMATS.map(([format, label]) => (
        <DownloadLink key={format} href={fundSummaryExportUrl(String(fund.id), format, { from, to })} label={label} />
      ))}
    </>
  );
}

/** "Tải PDF": the receipt as the server prints it, with the national heading and receipt number. */
export function ReceiptPdfButton({ donationId }: { donationId: string }) {
  return <DownloadLink href={receiptPdfUrl(donationId)} label="chungTay.documents.receiptPdf" pdf />;
}

/** "Tải PDF": a conferred commendation's certificate as the server prints it (A4 landscape, Tinos). */
export function CertificatePdfButton({ nominationId }: { nominationId: string }) {
  return <DownloadLink href={certificatePdfUrl(nominationId)} label="chungTay.commendations.certificate.pdf" pdf />;
}

const REPORT_FORMATS: [ReportFormat, string][] = [
  ['docx', 'chungTay.campaignReport.exportDocx'],
  ['pdf', 'chungTay.campaignReport.exportPdf'],
  ['xlsx', 'chungTay.campaignReport.exportXlsx'],
];

/** Word, PDF and Excel of the campaign summary report for the unit and period on screen. */
export function CampaignReportExportButtons({
  campaignId,
  unitId,
  fromYear,
  toYear,
}: {
  campaignId: string;
  unitId: string;
  fromYear: number;
  toYear: number;
}) {
  return (
    <>
      {REPORT_FORMATS.map(([format, label]) => (
        <DownloadLink
          key={format}
          href={campaignReportUrl(campaignId, format, { unitId, fromYear, toYear })}
          label={label}
          pdf={format === 'pdf'}
        />
      ))}
    </>
  );
}
