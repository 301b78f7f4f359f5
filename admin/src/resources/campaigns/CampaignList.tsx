import { CreateButton, Datagrid, ExportButton, FilterButton, List, TextField, TopToolbar } from 'react-admin';
import { DateTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { campaignFilters } from './campaignFilters';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function CampaignList() {
  return (
    <List perPage={25} filters={campaignFilters} actions={<ListActions />} sort={{ field: 'startsOn', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sx={{ whiteSpace: 'nowrap' }} />
        <TextField source="name" />
        <EnumField source="kind" enumName="CampaignKind" sortable={false} />
        <EnumField source="status" enumName="CampaignStatus" chip sortable={false} />
        <DateTextField source="startsOn" />
        <DateTextField source="endsOn" sortable={false} />
        <LinkedRecordField source="scopeUnit" reference="administrativeUnits" sortable={false} />
        <MoneyField source="moneyTarget" textAlign="right" />
      </Datagrid>
    </List>
  );
}
