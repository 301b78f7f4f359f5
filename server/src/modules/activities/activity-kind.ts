import { registerEnumType } from 'type-graphql';

/** What a campaign did to lead and propagate it (công tác tuyên truyền, tập huấn), as reports count it. */
export enum ActivityKind {
  PANEL = 'PANEL',
  BANNER = 'BANNER',
  LEAFLET = 'LEAFLET',
  HANDBOOK = 'HANDBOOK',
  DISC = 'DISC',
  NEWS_ARTICLE = 'NEWS_ARTICLE',
  BROADCAST = 'BROADCAST',
  POLICY_DIALOGUE = 'POLICY_DIALOGUE',
  TRAINING_COURSE = 'TRAINING_COURSE',
  PROPAGANDA_SESSION = 'PROPAGANDA_SESSION',
  CONFERENCE = 'CONFERENCE',
  OTHER = 'OTHER',
}

/** The kinds that gather people, and so may carry a participant count. */
export const KINDS_WITH_PARTICIPANTS = new Set<ActivityKind>([
  ActivityKind.POLICY_DIALOGUE,
  ActivityKind.TRAINING_COURSE,
  ActivityKind.PROPAGANDA_SESSION,
  ActivityKind.CONFERENCE,
  ActivityKind.OTHER,
]);

/** How a report words each kind, with the unit of its count. */
export const ACTIVITY_LABEL: Record<ActivityKind, { vi: string; unit: string; participants?: string }> = {
  PANEL: { vi: 'Pa-nô tuyên truyền', unit: 'pa-nô' },
  BANNER: { vi: 'Băng rôn', unit: 'băng rôn' },
  LEAFLET: { vi: 'Tờ rơi', unit: 'tờ' },
  HANDBOOK: { vi: 'Sổ tay', unit: 'cuốn' },
  DISC: { vi: 'Đĩa tuyên truyền', unit: 'đĩa' },
  NEWS_ARTICLE: { vi: 'Tin, bài', unit: 'tin bài' },
  BROADCAST: { vi: 'Phóng sự, chương trình phát thanh – truyền hình', unit: 'chương trình' },
  POLICY_DIALOGUE: { vi: 'Đối thoại chính sách', unit: 'cuộc', participants: 'lượt người tham dự' },
  TRAINING_COURSE: { vi: 'Lớp tập huấn, đào tạo', unit: 'lớp', participants: 'học viên' },
  PROPAGANDA_SESSION: { vi: 'Buổi tuyên truyền', unit: 'buổi', participants: 'lượt người nghe' },
  CONFERENCE: { vi: 'Hội nghị', unit: 'hội nghị', participants: 'đại biểu' },
  OTHER: { vi: 'Hoạt động khác', unit: 'hoạt động', participants: 'lượt người' },
};

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What a campaign did to lead and propagate it, as summary reports count it.',
  valuesConfig: {
    PANEL: { description: 'Panels, billboards (pa-nô).' },
    BANNER: { description: 'Banners (băng rôn).' },
    LEAFLET: { description: 'Leaflets (tờ rơi).' },
    HANDBOOK: { description: 'Handbooks, booklets (sổ tay).' },
    DISC: { description: 'Discs (đĩa) with propaganda material.' },
    NEWS_ARTICLE: { description: 'News items and articles (tin, bài).' },
    BROADCAST: { description: 'Radio and television programmes (phóng sự, phát thanh, truyền hình).' },
    POLICY_DIALOGUE: { description: 'Policy dialogues (đối thoại chính sách); participants: attendances.' },
    TRAINING_COURSE: { description: 'Training courses (lớp tập huấn, đào tạo nghề); participants: trainees.' },
    PROPAGANDA_SESSION: { description: 'Propaganda sessions (buổi tuyên truyền); participants: listeners.' },
    CONFERENCE: { description: 'Conferences (hội nghị); participants: delegates.' },
    OTHER: { description: 'Anything else; the note says what.' },
  },
});
