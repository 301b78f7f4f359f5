import { Router } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { Orm } from '../db/orm.js';
import { todayInVietnam } from '../common/date-range.js';
import { notFound } from '../common/errors.js';
import { certifiableCommendation } from '../modules/commendations/certificate.service.js';
import { NominationStatus } from '../modules/commendations/commendation-enums.js';
import { findDonation } from '../modules/donations/donation.service.js';
import { fundSummary } from '../modules/funds/fund-summary.service.js';
import { findFund, FUND } from '../modules/funds/fund.service.js';
import { assertHoldsRole, READERS } from '../modules/users/access.js';
import { writeCsv } from './csv.js';
import { attachment, download, sendPdf } from './download.js';
import { fundSummaryFilename, fundSummaryTable } from './fund-summary-export.js';
import { QueryParams } from './query-params.js';
import { certificateDocument } from './certificate-pdf.js';
import { receiptDocument } from './receipt-pdf.js';
import { statementFilename, statementFilterFrom, statementTable } from './statement-export.js';
import type { Table } from './table.js';
import { writeXlsx, XLSX_TYPE } from './xlsx.js';
import { findCampaign, CAMPAIGN } from '../modules/campaigns/campaign.service.js';
import { buildCampaignReport } from '../modules/reports/campaign-report.js';
import { reportDocument } from './report/report-document.js';
import { DOCX_TYPE, reportDocx } from './report/report-docx.js';
import { reportPdf } from './report/report-pdf.js';
import { writeReportXlsx } from './report/report-xlsx.js';
import type { Context } from '../context.js';
import type { Request } from 'express';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', write: writeCsv },
  xlsx: { type: XLSX_TYPE, write: writeXlsx },
} as const;

const DONATION = { vi: 'khoản ủng hộ', en: 'donation' };

/**
 * Files the server makes, beside /graphql and under the same rules: the same caller (cookie or
 * bearer token), the same access checks as the equivalent queries, the same filters.
 *
 *   GET /documents/statement.{csv,xlsx}?fundId|campaignId&q&amount&amountMin&amountMax&from&to&reference
 *   GET /documents/funds/:fundId/summary.{csv,xlsx}?from&to
 *   GET /documents/donations/:donationId/receipt.pdf
 *   GET /documents/commendations/:nominationId/certificate.pdf
 *   GET /documents/campaigns/:campaignId/report.{docx,pdf,xlsx}?unitId&fromYear&toYear
 */
export function documentsRouter(config: AppConfig, orm: Orm, logger: Logger): Router {
  const router = Router();
  const route = (handler: Parameters<typeof download>[3]) => download(config, orm, logger, handler);

  for (const [extension, format] of Object.entries(FORMATS)) {
    // publicStatement needs no login; neither does its export.
    router.get(
      `/statement.${extension}`,
      route(async (ctx, req, res) => {
        const filter = statementFilterFrom(new QueryParams(req));
        const table: Table = statementTable(ctx, filter);
        attachment(res, statementFilename(filter, todayInVietnam(), extension), format.type, true);
        await format.write(res, table);
      }),
    );

    // fundSummary is a public aggregate; an unknown fund is not found, as the query's null says.
    router.get(
      `/funds/:fundId/summary.${extension}`,
      route(async (ctx, req, res) => {
        const params = new QueryParams(req);
        const from = params.date('from');
        const to = params.date('to');
        const fundId = String(req.params.fundId);
        const fund = await findFund(ctx, fundId);
        if (!fund) throw notFound(FUND, fundId);
        const summary = await fundSummary(ctx, fund, from, to);
        attachment(res, fundSummaryFilename(fund.id, from, to, extension), format.type, true);
        await format.write(res, fundSummaryTable(fund, summary));
      }),
    );
  }

  // campaignReport is public (aggregates and the report's text); an unknown campaign is not found.
  const report = async (ctx: Context, req: Request) => {
    const params = new QueryParams(req);
    const campaignId = String(req.params.campaignId);
    const campaign = await findCampaign(ctx, campaignId);
    if (!campaign) throw notFound(CAMPAIGN, campaignId);
    const built = await buildCampaignReport(ctx, campaign, {
      unitId: params.string('unitId', 20),
      fromYear: params.int('fromYear'),
      toYear: params.int('toYear'),
    });
    return { built, doc: await reportDocument(ctx, built) };
  };
  router.get(
    '/campaigns/:campaignId/report.docx',
    route(async (ctx, req, res) => {
      const { doc } = await report(ctx, req);
      const file = await reportDocx(doc);
      attachment(res, `${doc.filename}.docx`, DOCX_TYPE, true);
      res.end(file);
    }),
  );
  router.get(
    '/campaigns/:campaignId/report.xlsx',
    route(async (ctx, req, res) => {
      const { built, doc } = await report(ctx, req);
      attachment(res, `${doc.filename}.xlsx`, XLSX_TYPE, true);
      const { campaign, unit, fromYear, toYear } = built.scope;
      await writeReportXlsx(res, doc, [
        ['Phong trào', campaign.name],
        ['Mã phong trào', campaign.code],
        ['Đơn vị', unit.name],
        ['Giai đoạn', `${fromYear}–${toYear}`],
        ...(built.poverty.reduction
          ? ([['Kết quả giảm nghèo', built.poverty.reduction.statement]] as [string, string][])
          : []),
      ]);
    }),
  );
  router.get(
    '/campaigns/:campaignId/report.pdf',
    route(async (ctx, req, res) => {
      const { doc } = await report(ctx, req);
      const pdf = reportPdf(doc);
      attachment(res, `${doc.filename}.pdf`, 'application/pdf', true);
      const finished = new Promise<void>((resolve, reject) => {
        res.once('finish', resolve);
        res.once('close', resolve);
        pdf.pdf.once('error', reject);
      });
      pdf.pdf.pipe(res);
      pdf.end();
      await finished;
    }),
  );

  // As the donation query: Front staff, auditors and administrators, and only within their scope.
  router.get(
    '/donations/:donationId/receipt.pdf',
    route(async (ctx, req, res) => {
      assertHoldsRole(ctx, READERS);
      const donationId = String(req.params.donationId);
      const donation = await findDonation(ctx, donationId);
      if (!donation) throw notFound(DONATION, donationId);
      const doc = await receiptDocument(ctx, donation);
      attachment(res, `bien-nhan-${donation.receiptNumber}.pdf`, 'application/pdf', false);
      await sendPdf(res, doc.pdf);
    }),
  );

  // As the registry: boards and auditors over the proposing unit, and anyone once published.
  router.get(
    '/commendations/:nominationId/certificate.pdf',
    route(async (ctx, req, res) => {
      const nomination = await certifiableCommendation(ctx, String(req.params.nominationId));
      const pdf = await certificateDocument(ctx, nomination);
      const published = nomination.status === NominationStatus.PUBLISHED;
      attachment(res, `bang-khen-${nomination.id}-${nomination.recipient.name}.pdf`, 'application/pdf', published);
      await sendPdf(res, pdf);
    }),
  );
  return router;
}
