import { SearchInput } from 'react-admin';
import { EnumInput, OrganizationReferenceInput, UnitReferenceInput } from '../../common/inputs';

/** The filters OrganizationFilter supports. */
export const organizationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="OrganizationKind" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" />,
  <OrganizationReferenceInput key="parentId" source="parentId" />,
];
