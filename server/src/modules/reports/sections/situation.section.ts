import { Field, ObjectType } from 'type-graphql';
import { viCount, viDate, viRate } from '../../../documents/vietnamese.js';
import type { Campaign } from '../../campaigns/campaign.entity.js';
import { CampaignType } from '../../campaigns/campaign.type.js';
import type { PovertyFigure } from '../../poverty/poverty-figure.js';
import { PovertyFigureType } from '../../poverty/poverty-figure.type.js';
import { povertySeries } from '../../poverty/poverty-series.service.js';
import type { ReportSection } from '../report-section.js';
import { reportStandard } from './poverty.section.js';

@ObjectType('ReportSituation', {
  description: 'Where the period started: the campaign, its parts, the poverty at the start.',
})
export class ReportSituationType {
  @Field(() => [CampaignType], {
    description:
      'The campaigns directly under this one; their facts, and those of the campaigns under them, are included.',
  })
  subCampaigns!: Campaign[];

  @Field(() => PovertyFigureType, {
    nullable: true,
    description: 'The poverty review that opens the period (end of the year before: "đầu năm"); null when none.',
  })
  povertyAtStart?: PovertyFigure | null;
}

/** I. The situation: the campaign, how it was launched, the poverty it set out to reduce. */
export const situationSection: ReportSection<'situation', ReportSituationType> = {
  key: 'situation',
  async build(ctx, scope) {
    const standard = await reportStandard(ctx, scope);
    const [start] = await povertySeries(ctx, {
      unitId: String(scope.unit.id),
      standardCode: standard?.code,
      fromYear: scope.fromYear - 1,
      toYear: scope.fromYear - 1,
    });
    const subCampaigns = await ctx.loaders.campaignChildren.load(scope.campaign.id);
    return { subCampaigns, povertyAtStart: start ?? null };
  },
  blocks(data, report) {
    const c = report.scope.campaign;
    const launched = c.documentNumber
      ? ` được phát động theo văn bản số ${c.documentNumber}${c.documentIssuedOn ? ` ngày ${viDate(c.documentIssuedOn)}` : ''}${c.documentIssuer ? ` của ${c.documentIssuer}` : ''}`
      : '';
    const text = [
      `${c.name}${launched}; báo cáo này tổng kết giai đoạn ${report.scope.fromYear}–${report.scope.toYear} trên địa bàn ${report.scope.unit.name}.`,
    ];
    const start = data.povertyAtStart;
    if (start?.poorRate) {
      text.push(
        `Đầu năm ${report.scope.fromYear}, toàn địa bàn có ${viCount(start.households)} hộ, trong đó ${viCount(start.poorHouseholds)} hộ nghèo, chiếm ${viRate(start.poorRate)}%` +
          (start.nearPoorHouseholds != null && start.nearPoorRate
            ? `; ${viCount(start.nearPoorHouseholds)} hộ cận nghèo, chiếm ${viRate(start.nearPoorRate)}%.`
            : '.'),
      );
    }
    if (data.subCampaigns.length) {
      text.push(
        `Các phong trào, đề án thành phần: ${data.subCampaigns.map((s) => `${s.name} (${s.code})`).join('; ')}.`,
      );
    }
    if (report.narrative.situationNote) text.push(report.narrative.situationNote);
    return [
      { type: 'heading', level: 1, text: 'Đặc điểm tình hình' },
      ...text.map((t) => ({ type: 'paragraph' as const, text: t })),
    ];
  },
};
