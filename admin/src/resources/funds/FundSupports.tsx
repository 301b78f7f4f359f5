import { Datagrid, Pagination, ReferenceManyField, TextField } from 'react-admin';
import { DateTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { EmptyNote } from '../../common/layout';
import { RecipientField } from '../supports/RecipientField';

/** Support given out of this fund, newest first; the household only for those who may see it. */
export function FundSupports() {
  return (
    <ReferenceManyField
      reference="supports"
      target="fundId"
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      empty={<EmptyNote message="chungTay.fundFlows.noSupports" />}
    >
      <Datagrid bulkActionButtons={false} rowClick="show" aria-label="supports">
        <DateTextField source="supportedOn" sortable={false} />
        <RecipientField source="household" label="chungTay.supports.recipientShown" sortable={false} />
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
        <EnumField source="purpose" enumName="SupportPurpose" sortable={false} />
        <EnumField source="medium" enumName="Medium" sortable={false} />
        <MoneyField source="amount" textAlign="right" sortable={false} />
        <TextField source="decisionRef" sortable={false} />
      </Datagrid>
    </ReferenceManyField>
  );
}
