import { CreateButton, Datagrid, ExportButton, FilterButton, List, TextField, TopToolbar } from 'react-admin';
import { EnumField, LinkedRecordField } from '../../common/fields';
import { organizationFilters } from './organizationFilters';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function OrganizationList() {
  return (
    <List perPage={25} filters={organizationFilters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <EnumField source="kind" enumName="OrganizationKind" />
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
        <LinkedRecordField source="parent" reference="organizations" sortable={false} />
      </Datagrid>
    </List>
  );
}
