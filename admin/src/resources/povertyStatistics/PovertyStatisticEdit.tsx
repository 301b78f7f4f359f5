import { Edit } from 'react-admin';
import { PovertyStatisticForm } from './PovertyStatisticForm';

/** Pessimistic: a refused change (counts that cannot be true) must show, not look saved. */
export function PovertyStatisticEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <PovertyStatisticForm mode="edit" />
    </Edit>
  );
}
