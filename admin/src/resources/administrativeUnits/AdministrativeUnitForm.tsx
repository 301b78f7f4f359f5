import { SimpleForm, TextInput, required } from 'react-admin';
import { DateTextInput, EnumInput, UnitReferenceInput } from '../../common/inputs';
import { SaveOnlyToolbar } from '../../common/layout';
import { notBefore, notItself, requiredText, unitCode, unitParent } from '../../common/validation';

/** Code and tier are set once; name, parent and validity can change. */
export function AdministrativeUnitForm({ mode }: { mode: 'create' | 'edit' }) {
  const creating = mode === 'create';
  return (
    <SimpleForm toolbar={<SaveOnlyToolbar />} defaultValues={creating ? { level: 'COMMUNE' } : undefined}>
      <EnumInput
        source="level"
        enumName="UnitLevel"
        validate={creating ? required() : undefined}
        {...(creating ? {} : { disabled: true })}
      />
      <TextInput
        source="code"
        validate={creating ? [...requiredText(10), unitCode] : undefined}
        disabled={!creating}
        helperText={creating ? false : 'chungTay.common.readOnly'}
      />
      <TextInput source="name" validate={requiredText(200)} fullWidth />
      <UnitReferenceInput source="parentId" validate={[unitParent, notItself]} />
      <DateTextInput source="validFrom" />
      <DateTextInput source="validTo" validate={notBefore('validFrom')} />
    </SimpleForm>
  );
}
