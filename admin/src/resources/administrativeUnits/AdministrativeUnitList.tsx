import AccountTreeIcon from '@mui/icons-material/AccountTree';
import {
  Button,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  TextField,
  TopToolbar,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTextField, EnumField, LinkedRecordField, UnitNameField } from '../../common/fields';
import { administrativeUnitFilters } from './administrativeUnitFilters';
import { UnitBreadcrumbs } from './UnitBreadcrumbs';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

/** Goes one level down the tree: lists this unit's children. */
function ShowChildrenButton(_props: { label?: string }) {
  const record = useRecordContext();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  if (!record || record.level === 'VILLAGE') return null;
  return (
    <Button
      label="chungTay.units.showChildren"
      sx={{ whiteSpace: 'nowrap' }}
      aria-label={translate('chungTay.units.showChildrenOf', { name: record.name })}
      onClick={(event) => {
        event.stopPropagation();
        const { q: _q, level: _level, ...rest } = filterValues;
        setFilters({ ...rest, parentId: record.id }, displayedFilters);
      }}
    >
      <AccountTreeIcon />
    </Button>
  );
}

export function AdministrativeUnitList() {
  return (
    <List
      perPage={25}
      filters={administrativeUnitFilters}
      actions={<ListActions />}
      sort={{ field: 'code', order: 'ASC' }}
    >
      <UnitBreadcrumbs />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <UnitNameField source="name" />
        <EnumField source="level" enumName="UnitLevel" />
        <LinkedRecordField source="parent" reference="administrativeUnits" sortable={false} />
        <DateTextField source="validFrom" />
        <DateTextField source="validTo" sortable={false} />
        <ShowChildrenButton label="resources.administrativeUnits.fields.children" />
      </Datagrid>
    </List>
  );
}
