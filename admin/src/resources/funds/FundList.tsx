import { Datagrid, List, SearchInput, TextField } from 'react-admin';
import { LinkedRecordField } from '../../common/fields';
import { UnitReferenceInput } from '../../common/inputs';

const fundFilters = [<SearchInput key="q" source="q" alwaysOn />, <UnitReferenceInput key="unitId" source="unitId" />];

/** Funds in code order; balances are on each fund's page (summed from its ledger, fund by fund). */
export function FundList() {
  return (
    <List perPage={25} filters={fundFilters} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sortable={false} />
        <TextField source="name" sortable={false} />
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
      </Datagrid>
    </List>
  );
}
