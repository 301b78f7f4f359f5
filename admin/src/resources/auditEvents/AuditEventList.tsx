import { Datagrid, FilterButton, List, TextField, TopToolbar, useCanAccess } from 'react-admin';
import { DateTimeTextField } from '../../common/fields';
import { AuditChangesField, AuditRecordField, OperationField } from './auditEventFields';
import { useAuditEventFilters } from './auditEventFilters';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
    </TopToolbar>
  );
}

/**
 * The audit trail, newest first (the API's only order): everything for administrators, the
 * auditor's subtree for auditors. Append-only, so there is nothing to act on, only to read.
 */
export function AuditEventList() {
  const { canAccess: withActors } = useCanAccess({ resource: 'users', action: 'list' });
  const filters = useAuditEventFilters({ withActors: !!withActors });
  return (
    <List perPage={25} filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false} sx={{ '& td': { verticalAlign: 'top' } }}>
        <DateTimeTextField source="occurredAt" sortable={false} />
        <TextField source="actorLabel" sortable={false} />
        <OperationField source="operation" sortable={false} />
        <AuditRecordField source="recordType" label="chungTay.history.record" sortable={false} />
        <AuditChangesField source="after" label="chungTay.history.changes" sortable={false} />
      </Datagrid>
    </List>
  );
}
