import { Edit } from 'react-admin';
import { CampaignForm } from './CampaignForm';

export function CampaignEdit() {
  // Pessimistic: the server's checks (a parent that covers the unit, dates) must answer before the
  // panel says "saved", and its field errors must reach the form.
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <CampaignForm mode="edit" />
    </Edit>
  );
}
