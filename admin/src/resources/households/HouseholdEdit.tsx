import { Edit } from 'react-admin';
import { HouseholdForm } from './HouseholdForm';

/** Pessimistic: a stale copy's save must come back refused (CONFLICT), not look saved. */
export function HouseholdEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <HouseholdForm mode="edit" />
    </Edit>
  );
}
