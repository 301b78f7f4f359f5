import { NullableBooleanInput, SearchInput } from 'react-admin';
import { EnumInput, UnitReferenceInput } from '../../common/inputs';

/** The filters DonorFilter supports. */
export const donorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="DonorKind" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" />,
  <NullableBooleanInput key="anonymous" source="anonymous" />,
  <NullableBooleanInput key="publicConsent" source="publicConsent" />,
];
