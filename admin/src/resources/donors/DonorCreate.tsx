import { Create } from 'react-admin';
import { DonorForm } from './DonorForm';

export function DonorCreate() {
  return (
    <Create redirect="show">
      <DonorForm mode="create" />
    </Create>
  );
}
