import { SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput, OrganizationReferenceInput, UnitReferenceInput } from '../../common/inputs';
import { SaveOnlyToolbar } from '../../common/layout';
import { notItself, requiredText } from '../../common/validation';

export function OrganizationForm({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <SimpleForm
      toolbar={<SaveOnlyToolbar />}
      defaultValues={mode === 'create' ? { kind: 'FRONT_COMMITTEE' } : undefined}
    >
      <TextInput source="name" validate={requiredText(300)} fullWidth />
      <EnumInput source="kind" enumName="OrganizationKind" validate={required()} />
      <UnitReferenceInput source="unitId" validate={required()} />
      <OrganizationReferenceInput source="parentId" validate={notItself} />
    </SimpleForm>
  );
}
