import { NullableBooleanInput, SearchInput } from 'react-admin';
import { EnumInput, UnitReferenceInput } from '../../common/inputs';

/** The filters UserFilter supports; `q` searches names and emails, ignoring diacritics. */
export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="Role" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" />,
  <NullableBooleanInput key="active" source="active" />,
];
