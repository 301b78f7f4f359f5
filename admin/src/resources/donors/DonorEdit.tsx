import { Edit } from 'react-admin';
import { DonorForm } from './DonorForm';

export function DonorEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <DonorForm mode="edit" />
    </Edit>
  );
}
