import { BooleanInput, SearchInput } from 'react-admin';
import {
  CampaignReferenceInput,
  DateTextInput,
  EnumInput,
  OrganizationReferenceInput,
  UnitReferenceInput,
} from '../../common/inputs';

/** The filters CampaignFilter supports; `q` ignores case and diacritics ("ninh thuan"). */
export const campaignFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="CampaignStatus" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="CampaignKind" />,
  <UnitReferenceInput key="unitId" source="unitId" />,
  <OrganizationReferenceInput key="organizerId" source="organizerId" />,
  <CampaignReferenceInput key="parentId" source="parentId" />,
  <BooleanInput key="topLevelOnly" source="topLevelOnly" />,
  <DateTextInput key="period.from" source="period.from" helperText={false} />,
  <DateTextInput key="period.to" source="period.to" helperText={false} />,
];
