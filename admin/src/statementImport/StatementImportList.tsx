import { Datagrid, FunctionField, List, NumberField, SelectInput, TextField } from 'react-admin';
import type { StatementImport } from '@chung-tay/schema';
import { DateTimeTextField, LinkedRecordField, MoneyField } from '../common/fields';
import { ImportStatusChip } from './ImportStatusChip';

const label = (field: string) => `chungTay.statementImport.fields.${field}`;

const statusChoices = ['UPLOADING', 'READY', 'COMMITTED', 'CANCELLED'].map((id) => ({
  id,
  name: `chungTay.statementImport.status.${id}`,
}));

const filters = [<SelectInput key="status" source="status" label={label('status')} choices={statusChoices} alwaysOn />];

/** Every statement import of the funds in one's scope, newest first (the API's order). */
export function StatementImportList() {
  return (
    <List perPage={25} filters={filters} exporter={false} title="chungTay.statementImport.menu">
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="fileName" label={label('fileName')} sortable={false} />
        <LinkedRecordField source="fund" reference="funds" display="code" label={label('fund')} sortable={false} />
        <TextField source="format.code" label={label('format')} sortable={false} />
        <FunctionField<StatementImport>
          label={label('status')}
          render={(record) => <ImportStatusChip status={record.status} />}
        />
        <NumberField source="linesRead" label={label('linesRead')} locales="vi-VN" sortable={false} />
        <NumberField source="validCount" label={label('validCount')} locales="vi-VN" sortable={false} />
        <NumberField source="duplicateCount" label={label('duplicateCount')} locales="vi-VN" sortable={false} />
        <NumberField source="invalidCount" label={label('invalidCount')} locales="vi-VN" sortable={false} />
        <NumberField source="skippedCount" label={label('skippedCount')} locales="vi-VN" sortable={false} />
        <MoneyField source="validAmount" label={label('validAmount')} textAlign="right" sortable={false} />
        <DateTimeTextField source="createdAt" label={label('createdAt')} sortable={false} />
      </Datagrid>
    </List>
  );
}
