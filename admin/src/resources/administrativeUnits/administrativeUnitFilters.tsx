import { BooleanInput, SearchInput } from 'react-admin';
import { DateTextInput, EnumInput, UnitReferenceInput } from '../../common/inputs';

/** The filters AdministrativeUnitFilter supports; parentId is also set by the tree navigation. */
export const administrativeUnitFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="level" source="level" enumName="UnitLevel" alwaysOn />,
  // "Units in force only" on means includeHistorical: false; off leaves the API's default (all).
  <BooleanInput
    key="includeHistorical"
    source="includeHistorical"
    format={(value: unknown) => value === false}
    parse={(checked: boolean) => (checked ? false : undefined)}
    alwaysOn
  />,
  <UnitReferenceInput key="parentId" source="parentId" />,
  <UnitReferenceInput key="withinUnitId" source="withinUnitId" />,
  <DateTextInput key="validOn" source="validOn" helperText={false} />,
];
