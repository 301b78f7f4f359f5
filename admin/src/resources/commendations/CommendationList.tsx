import Button from '@mui/material/Button';
import {
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { DateTextField } from '../../common/fields';
import { CampaignReferenceInput, UnitReferenceInput } from '../../common/inputs';
import { CommendationEnumField, NominationStatusField } from '../nominations/fields';
import { RegistryTotals } from './RegistryTotals';

const KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'BUSINESS'];
const t = (key: string) => `chungTay.commendations.fields.${key}`;
const year = (value: string) =>
  value == null || value === '' ? undefined : /^\d{4}$/.test(value) ? undefined : 'chungTay.commendations.yearHint';

const filters = [
  // The server ignores case and diacritics: "nguyen van" finds "Nguyễn Văn".
  <TextInput key="q" source="q" label={t('recipientSearch')} alwaysOn resettable />,
  <ReferenceInput key="formId" source="formId" reference="commendationForms" perPage={100} alwaysOn>
    <SelectInput label={t('form')} optionText="name" />
  </ReferenceInput>,
  <CampaignReferenceInput key="campaignId" source="campaignId" label={t('campaign')} alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" label={t('unit')} />,
  <TextInput
    key="year"
    source="year"
    label={t('year')}
    validate={year}
    parse={(v: string) => (/^\d{4}$/.test(v) ? Number(v) : v)}
  />,
  <SelectInput
    key="recipientKind"
    source="recipientKind"
    label={t('recipientKind')}
    choices={KINDS.map((k) => ({ id: k, name: `chungTay.commendations.recipientKind.${k}` }))}
  />,
];

function CertificateButton(_props: { label?: string }) {
  const record = useRecordContext<any>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'commendations', action: 'certificate', record });
  if (!record || !canAccess || !['CONFERRED', 'PUBLISHED'].includes(record.status)) return null;
  return (
    <Button size="small" component={Link} to={`/commendations/${record.id}/certificate`}>
      {translate('chungTay.commendations.certificate.open')}
    </Button>
  );
}

/** The registry with its filters, and the totals of what the filters select. */
export function CommendationList() {
  return (
    <List filters={filters} title="chungTay.commendations.menu.registry" aside={<RegistryTotals />}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="recipient.name" label={t('recipient')} />
        <CommendationEnumField source="recipient.kind" enumName="recipientKind" label={t('recipientKind')} />
        <TextField source="form.name" label={t('form')} />
        <FunctionField label={t('decisionNumber')} render={(r: any) => r.decision?.number ?? ''} />
        <DateTextField source="decision.decidedOn" label={t('decidedOn')} />
        <TextField source="campaign.name" label={t('campaign')} emptyText="—" />
        <TextField source="proposingUnit.name" label={t('unit')} />
        <NominationStatusField label={t('status')} />
        <CertificateButton label={t('actions')} />
      </Datagrid>
    </List>
  );
}
