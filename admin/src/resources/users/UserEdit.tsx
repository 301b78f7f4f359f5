import { BooleanInput, Edit, PasswordInput, SimpleForm, TextInput, maxLength, minLength } from 'react-admin';
import { SaveOnlyToolbar } from '../../common/layout';
import { requiredText } from '../../common/validation';

/** Name, lock and password; the email is the login and never changes. Grants: on the user's page. */
export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="email" disabled helperText="chungTay.common.readOnly" />
        <TextInput source="displayName" validate={requiredText(200)} fullWidth />
        <BooleanInput source="active" helperText="chungTay.users.activeHelp" />
        <PasswordInput
          source="password"
          label="chungTay.users.newPassword"
          validate={[minLength(12), maxLength(200)]}
          helperText="chungTay.users.newPasswordHelp"
          autoComplete="new-password"
        />
      </SimpleForm>
    </Edit>
  );
}
