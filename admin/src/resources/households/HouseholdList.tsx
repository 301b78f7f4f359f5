import {
  BooleanField,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { LinkedRecordField } from '../../common/fields';
import { UnitReferenceInput } from '../../common/inputs';

const householdFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

/** Beneficiary households within the user's units, by head of household (personal data). */
export function HouseholdList() {
  return (
    <List perPage={25} filters={householdFilters} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="headName" sortable={false} />
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
        <TextField source="address" sortable={false} emptyText="—" />
        <NumberField source="members" sortable={false} emptyText="—" />
        <BooleanField source="ethnicMinority" sortable={false} />
      </Datagrid>
    </List>
  );
}
