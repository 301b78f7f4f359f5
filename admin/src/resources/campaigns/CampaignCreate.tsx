import { Create } from 'react-admin';
import { CampaignForm } from './CampaignForm';

export function CampaignCreate() {
  return (
    <Create redirect="show">
      <CampaignForm mode="create" />
    </Create>
  );
}
