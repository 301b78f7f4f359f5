import type { Context } from '../../context.js';
import type { ReportBlock } from './report-blocks.js';
import type { CampaignReport } from './campaign-report.js';
import type { ReportScope } from './report-scope.js';

/**
 * One section of the campaign report: how it is built from the facts, and how it reads in a
 * document (the same blocks become DOCX, PDF and XLSX). A new section is one more file under
 * sections/, listed in report-sections.ts, with its field on CampaignReportType.
 */
export interface ReportSection<K extends string, T> {
  key: K;
  build(ctx: Context, scope: ReportScope): Promise<T>;
  /** The section in a document: level-1 headings are numbered I, II… in order, level-2 1, 2… */
  blocks(data: T, report: CampaignReport): ReportBlock[];
}
