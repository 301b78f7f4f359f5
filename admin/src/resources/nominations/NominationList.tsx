import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  SelectArrayInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { DateTextField } from '../../common/fields';
import { CampaignReferenceInput } from '../../common/inputs';
import { NominationStatusField } from './fields';

const STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'REVIEWED',
  'FORWARDED',
  'DECIDED',
  'CONFERRED',
  'PUBLISHED',
  'RETURNED',
  'REJECTED',
];

const filters = [
  <TextInput key="q" source="q" label="chungTay.commendations.fields.q" alwaysOn resettable />,
  <SelectArrayInput
    key="status"
    source="status"
    label="chungTay.commendations.fields.status"
    choices={STATUSES.map((s) => ({ id: s, name: `chungTay.commendations.status.${s}` }))}
    alwaysOn
  />,
  <CampaignReferenceInput key="campaignId" source="campaignId" label="chungTay.commendations.fields.campaign" />,
];

/** Nominations of the caller's units, newest first. */
export function NominationList() {
  return (
    <List
      filters={filters}
      title="chungTay.commendations.menu.nominations"
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" label="chungTay.commendations.fields.id" />
        <TextField source="recipient.name" label="chungTay.commendations.fields.recipient" />
        <TextField source="form.name" label="chungTay.commendations.fields.form" />
        <NominationStatusField label="chungTay.commendations.fields.status" />
        <DateTextField source="proposedOn" label="chungTay.commendations.fields.proposedOn" />
        <FunctionField
          label="chungTay.commendations.fields.proposingUnit"
          render={(r: any) => r.proposingUnit?.name ?? ''}
        />
      </Datagrid>
    </List>
  );
}
