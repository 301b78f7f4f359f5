import { CreateButton, Datagrid, FilterButton, List, TextField, TopToolbar } from 'react-admin';
import { DateTimeTextField } from '../../common/fields';
import { ActiveField, GrantsField } from './userFields';
import { userFilters } from './userFilters';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

export function UserList() {
  return (
    <List perPage={25} filters={userFilters} actions={<ListActions />} sort={{ field: 'email', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="displayName" />
        <TextField source="email" />
        <GrantsField source="grants" sortable={false} />
        <ActiveField source="active" sortable={false} />
        <DateTimeTextField source="lastLoginAt" />
        <DateTimeTextField source="createdAt" />
      </Datagrid>
    </List>
  );
}
