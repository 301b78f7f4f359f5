import { Create } from 'react-admin';
import { OrganizationForm } from './OrganizationForm';

export function OrganizationCreate() {
  return (
    <Create redirect="show">
      <OrganizationForm mode="create" />
    </Create>
  );
}
