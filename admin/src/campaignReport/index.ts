export { CampaignReportPage } from './CampaignReportPage';
