import { CreateButton, Datagrid, FilterButton, List, TextField, TextInput, TopToolbar } from 'react-admin';
import { DateTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { CampaignReferenceInput, EnumInput } from '../../common/inputs';
import { StatementExportButtons } from '../../documents/DownloadButtons';
import { FundReferenceInput } from './donationInputs';

/** The filters DonationFilter supports; `reference` is a receipt number or a bank reference, exactly. */
const donationFilters = [
  <TextInput key="reference" source="reference" alwaysOn />,
  <FundReferenceInput key="fundId" source="fundId" alwaysOn />,
  <CampaignReferenceInput key="campaignId" source="campaignId" />,
  <EnumInput key="channel" source="channel" enumName="DonationChannel" />,
  <EnumInput key="status" source="status" enumName="DonationStatus" />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <StatementExportButtons />
      <CreateButton label="chungTay.donations.record" />
    </TopToolbar>
  );
}

export function DonationList() {
  return (
    <List perPage={25} filters={donationFilters} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="receiptNumber" sortable={false} />
        <DateTextField source="donatedOn" sortable={false} />
        <LinkedRecordField source="fund" reference="funds" display="code" sortable={false} />
        <LinkedRecordField source="campaign" reference="campaigns" display="code" sortable={false} />
        <LinkedRecordField source="donor" reference="donors" display="displayName" sortable={false} />
        <EnumField source="channel" enumName="DonationChannel" sortable={false} />
        <MoneyField source="amount" textAlign="right" sortable={false} />
        <EnumField source="status" enumName="DonationStatus" sortable={false} />
      </Datagrid>
    </List>
  );
}
