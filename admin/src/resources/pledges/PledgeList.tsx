import Link from '@mui/material/Link';
import { CreateButton, Datagrid, FilterButton, List, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Pledge } from '@chung-tay/schema';
import { DateTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { CampaignReferenceInput, EnumInput } from '../../common/inputs';
import { FundReferenceInput } from '../donations/donationInputs';
import { FulfillPledgeButton } from './FulfillPledgeButton';

const pledgeFilters = [
  <FundReferenceInput key="fundId" source="fundId" alwaysOn />,
  <EnumInput key="status" source="status" enumName="PledgeStatus" alwaysOn />,
  <CampaignReferenceInput key="campaignId" source="campaignId" />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="chungTay.pledges.record" />
    </TopToolbar>
  );
}

/** An open pledge's payment, or the donation (receipt) it became. */
function OutcomeField(_props: { label?: string }) {
  const pledge = useRecordContext<Pledge>();
  const translate = useTranslate();
  if (!pledge) return null;
  if (pledge.donation)
    return (
      <Link component={RouterLink} to={`/donations/${encodeURIComponent(pledge.donation.id)}/show`} variant="body2">
        {translate('chungTay.pledges.receipt', { receipt: pledge.donation.receiptNumber })}
      </Link>
    );
  return pledge.status === 'OPEN' ? <FulfillPledgeButton /> : null;
}

/** Promises to give, newest first: never counted as money until paid. */
export function PledgeList() {
  return (
    <List perPage={25} filters={pledgeFilters} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick={false} bulkActionButtons={false}>
        <DateTextField source="pledgedOn" sortable={false} />
        <LinkedRecordField source="fund" reference="funds" display="code" sortable={false} />
        <LinkedRecordField source="donor" reference="donors" display="displayName" sortable={false} />
        <LinkedRecordField source="campaign" reference="campaigns" display="code" sortable={false} />
        <MoneyField source="amount" textAlign="right" sortable={false} />
        <DateTextField source="dueOn" sortable={false} />
        <EnumField source="status" enumName="PledgeStatus" sortable={false} />
        <OutcomeField label="resources.pledges.fields.donation" />
      </Datagrid>
    </List>
  );
}
