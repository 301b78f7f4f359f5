import { Create } from 'react-admin';
import { PovertyStatisticForm } from './PovertyStatisticForm';

export function PovertyStatisticCreate() {
  return (
    <Create redirect="list">
      <PovertyStatisticForm mode="create" />
    </Create>
  );
}
