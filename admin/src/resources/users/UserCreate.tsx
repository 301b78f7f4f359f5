import {
  ArrayInput,
  Create,
  PasswordInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  email,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import { EnumInput, UnitReferenceInput } from '../../common/inputs';
import { SaveOnlyToolbar } from '../../common/layout';
import { requiredText } from '../../common/validation';

/** A new account with its first grants; more can be added or revoked on its page. */
export function UserCreate() {
  return (
    <Create redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />} defaultValues={{ grants: [] }}>
        <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} />
        <TextInput source="displayName" validate={requiredText(200)} fullWidth />
        <PasswordInput
          source="password"
          validate={[required(), minLength(12), maxLength(200)]}
          helperText="chungTay.users.passwordHelp"
          autoComplete="new-password"
        />
        <ArrayInput source="grants" helperText="chungTay.users.grantsHelp">
          <SimpleFormIterator inline disableReordering>
            <EnumInput source="role" enumName="Role" label="chungTay.users.grantRole" validate={required()} />
            <UnitReferenceInput source="unitId" label="chungTay.users.grantUnit" validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
}
