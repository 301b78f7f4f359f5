import { Edit } from 'react-admin';
import { AdministrativeUnitForm } from './AdministrativeUnitForm';

export function AdministrativeUnitEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AdministrativeUnitForm mode="edit" />
    </Edit>
  );
}
