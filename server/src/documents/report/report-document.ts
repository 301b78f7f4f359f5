import type { Context } from '../../context.js';
import { todayInVietnam } from '../../common/date-range.js';
import type { CampaignReport } from '../../modules/reports/campaign-report.js';
import { reportBlocks } from '../../modules/reports/campaign-report.js';
import type { ReportBlock, ReportCell } from '../../modules/reports/report-blocks.js';
import { Organization } from '../../modules/organizations/organization.entity.js';
import { OrganizationKind } from '../../modules/organizations/organization-kind.js';
import type { OfficialHeading } from '../pdf/official-document.js';
import { placeName } from '../receipt-pdf.js';
import { viCount, viMoney, viQuantity, viRate } from '../vietnamese.js';

/** What every format prints: the administrative heading and the numbered body. */
export interface ReportDocument {
  heading: OfficialHeading;
  blocks: ReportBlock[];
  /** "bao-cao-tong-ket-nt-2016-2020-58-2016-2020": the campaign, unit and period. */
  filename: string;
  signer: string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** Numbers the headings as a report does: I, II… for parts, 1, 2… for the points within a part. */
export function numbered(blocks: ReportBlock[]): ReportBlock[] {
  let part = 0;
  let point = 0;
  return blocks.map((block) => {
    if (block.type !== 'heading') return block;
    if (block.level === 1) {
      point = 0;
      return { ...block, text: `${ROMAN[part++] ?? String(part)}. ${block.text.toUpperCase()}` };
    }
    return { ...block, text: `${++point}. ${block.text}` };
  });
}

/** A cell as printed: "19.000.000.000 ₫", "23.767", "14,93", "1.000". */
export function cellText(cell: ReportCell | null): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'money':
      return viMoney(cell.value);
    case 'count':
      return viCount(cell.value);
    case 'rate':
      return viRate(cell.value);
    case 'quantity':
      return viQuantity(cell.value);
    default:
      return cell.value;
  }
}

/**
 * Who issues the report: the campaign's organizer when it is for the campaign's own unit,
 * otherwise the unit's Front committee (the Front staff who write it), else the unit itself.
 */
async function issuerOf(ctx: Context, report: CampaignReport): Promise<{ issuer: string; parent: string | null }> {
  const { campaign, unit } = report.scope;
  if (campaign.scopeUnit.id === unit.id) {
    const organizer = await ctx.em.findOne(Organization, { id: campaign.organizer.id }, { populate: ['parent'] });
    if (organizer) return { issuer: organizer.name, parent: organizer.parent?.name ?? null };
  }
  const front = await ctx.em.findOne(
    Organization,
    { unit: unit.id, kind: OrganizationKind.FRONT_COMMITTEE },
    { populate: ['parent'], orderBy: { id: 'asc' } },
  );
  return front ? { issuer: front.name, parent: front.parent?.name ?? null } : { issuer: unit.name, parent: null };
}

export async function reportDocument(ctx: Context, report: CampaignReport): Promise<ReportDocument> {
  const { campaign, unit, fromYear, toYear } = report.scope;
  const { issuer, parent } = await issuerOf(ctx, report);
  return {
    heading: {
      parentIssuer: parent,
      issuer,
      // The number is given when the report is registered for issue: left for staff to fill in.
      number: '       /BC',
      place: placeName(unit.name),
      date: todayInVietnam(),
      title: 'Báo cáo tổng kết',
      // Most campaign names carry their period already ("… giai đoạn 2016–2020 …").
      subtitle: campaign.name.includes(`${fromYear}–${toYear}`)
        ? campaign.name
        : `${campaign.name}, giai đoạn ${fromYear}–${toYear}`,
    },
    blocks: numbered(reportBlocks(report)),
    filename: `bao-cao-tong-ket-${campaign.code}-${unit.code}-${fromYear}-${toYear}`,
    signer: issuer,
  };
}
