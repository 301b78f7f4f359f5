import {
  BooleanField,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTimeTextField, EnumField, LinkedRecordField } from '../../common/fields';
import { donorFilters } from './donorFilters';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function DonorList() {
  return (
    <List perPage={25} filters={donorFilters} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="displayName" />
        <EnumField source="kind" enumName="DonorKind" />
        <BooleanField source="anonymous" sortable={false} />
        <BooleanField source="publicConsent" sortable={false} />
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
        <DateTimeTextField source="createdAt" />
      </Datagrid>
    </List>
  );
}
