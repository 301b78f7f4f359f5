import { registerEnumType } from 'type-graphql';

/** What kind of drive a campaign is. */
export enum CampaignKind {
  EMULATION_MOVEMENT = 'EMULATION_MOVEMENT',
  FUNDRAISING_DRIVE = 'FUNDRAISING_DRIVE',
  PEAK_MONTH = 'PEAK_MONTH',
  TET_CARE = 'TET_CARE',
  DISASTER_RELIEF = 'DISASTER_RELIEF',
  PROJECT = 'PROJECT',
}

/** Where a campaign is in its life. */
export enum CampaignStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

registerEnumType(CampaignKind, {
  name: 'CampaignKind',
  description: 'What kind of drive a campaign is.',
  valuesConfig: {
    EMULATION_MOVEMENT: { description: 'An emulation movement (phong trào thi đua).' },
    FUNDRAISING_DRIVE: { description: 'A fund-raising drive such as "Ngày vì người nghèo" (cuộc vận động).' },
    PEAK_MONTH: { description: 'The peak month for the poor, 17/10–18/11 (tháng cao điểm).' },
    TET_CARE: { description: 'Tết care for poor households.' },
    DISASTER_RELIEF: { description: 'Relief after a storm, flood or other disaster.' },
    PROJECT: { description: 'A support project or scheme (đề án, dự án).' },
  },
});

registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'Where a campaign is in its life: planned → active → closed with a summary report.',
  valuesConfig: {
    PLANNED: { description: 'Announced, not started.' },
    ACTIVE: { description: 'Running.' },
    CLOSED: { description: 'Ended; its summary report (tổng kết) is due or done.' },
  },
});
