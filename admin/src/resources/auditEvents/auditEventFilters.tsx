import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { DateTextInput } from '../../common/inputs';
import { mutationFields } from '../../dataProvider/schema';

/**
 * The kinds of record the server audits (its entity names). A new kind still shows in the
 * trail; it only needs adding here to be offered as a filter.
 */
export const auditRecordTypes = [
  'Campaign',
  'Organization',
  'Donor',
  'DonorContact',
  'AdministrativeUnit',
  'UnitSuccession',
  'User',
  'RoleGrant',
  'ApiToken',
  'Session',
];

/** The filters AuditEventFilter supports; operations are the API's mutations, read from the schema. */
export function useAuditEventFilters({ withActors }: { withActors: boolean }) {
  const translate = useTranslate();
  const recordTypes = auditRecordTypes.map((t) => ({
    id: t,
    name: translate(`chungTay.history.recordTypes.${t}`, { _: t }),
  }));
  const operations = mutationFields().map((f) => ({
    id: f.name,
    name: translate(`chungTay.history.operations.${f.name}`, { _: f.name }),
  }));
  return [
    <SelectInput key="recordType" source="recordType" choices={recordTypes} translateChoice={false} alwaysOn />,
    <SelectInput key="operation" source="operation" choices={operations} translateChoice={false} alwaysOn />,
    <TextInput key="recordId" source="recordId" />,
    <DateTextInput key="from" source="from" helperText={false} />,
    <DateTextInput key="to" source="to" helperText={false} />,
    // Only administrators may list users; an auditor filters by the other fields.
    ...(withActors
      ? [
          <ReferenceInput key="actorUserId" source="actorUserId" reference="users">
            <AutocompleteInput optionText="email" filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>,
        ]
      : []),
  ];
}
