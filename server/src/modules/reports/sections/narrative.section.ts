import type { ReportBlock } from '../report-blocks.js';
import { findNarrative } from '../report-narrative.service.js';
import type { CampaignReportNarrativeType } from '../report-narrative.type.js';
import type { ReportSection } from '../report-section.js';

const EMPTY = '(Chưa nhập nội dung.)';

/**
 * IV–VI. What staff wrote: difficulties, lessons, proposals (the situation note goes into I).
 * Each prints as its own numbered part; paragraphs are kept as typed, one per line.
 */
export const narrativeSection: ReportSection<'narrative', CampaignReportNarrativeType> = {
  key: 'narrative',
  async build(ctx, scope) {
    const saved = await findNarrative(ctx, scope);
    return saved
      ? {
          situationNote: saved.situationNote ?? null,
          difficulties: saved.difficulties ?? null,
          lessons: saved.lessons ?? null,
          proposals: saved.proposals ?? null,
          version: saved.version,
          updatedAt: saved.updatedAt,
        }
      : { situationNote: null, difficulties: null, lessons: null, proposals: null, version: null, updatedAt: null };
  },
  blocks(data) {
    const part = (title: string, body: string | null | undefined): ReportBlock[] => [
      { type: 'heading', level: 1, text: title },
      ...(body ?? EMPTY)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => ({ type: 'paragraph' as const, text: line })),
    ];
    return [
      ...part('Khó khăn, hạn chế', data.difficulties),
      ...part('Bài học kinh nghiệm', data.lessons),
      ...part('Kiến nghị, đề xuất', data.proposals),
    ];
  },
};
