import { Create } from 'react-admin';
import { AdministrativeUnitForm } from './AdministrativeUnitForm';

export function AdministrativeUnitCreate() {
  return (
    <Create redirect="show">
      <AdministrativeUnitForm mode="create" />
    </Create>
  );
}
