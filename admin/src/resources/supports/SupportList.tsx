import { CreateButton, Datagrid, FilterButton, List, TextField, TopToolbar } from 'react-admin';
import { DateTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { EnumInput, UnitReferenceInput } from '../../common/inputs';
import { FundReferenceInput } from '../donations/donationInputs';
import { RecipientField } from './RecipientField';

const supportFilters = [
  <FundReferenceInput key="fundId" source="fundId" alwaysOn />,
  <EnumInput key="purpose" source="purpose" enumName="SupportPurpose" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="chungTay.fundFlows.disburse" />
    </TopToolbar>
  );
}

/** Support given out of the funds the user may read, newest first. */
export function SupportList() {
  return (
    <List perPage={25} filters={supportFilters} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateTextField source="supportedOn" sortable={false} />
        <LinkedRecordField source="fund" reference="funds" display="code" sortable={false} />
        <RecipientField source="household" label="chungTay.supports.recipientShown" sortable={false} />
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
        <EnumField source="purpose" enumName="SupportPurpose" sortable={false} />
        <EnumField source="medium" enumName="Medium" sortable={false} />
        <MoneyField source="amount" textAlign="right" sortable={false} />
        <TextField source="decisionRef" sortable={false} />
      </Datagrid>
    </List>
  );
}
