import { Edit } from 'react-admin';
import { OrganizationForm } from './OrganizationForm';

export function OrganizationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <OrganizationForm mode="edit" />
    </Edit>
  );
}
