import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Button,
  CanAccess,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  NumberInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { DecimalTextField, LinkedRecordField } from '../../common/fields';
import { UnitReferenceInput } from '../../common/inputs';
import { useStandardChoices } from './useStandardChoices';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CanAccess resource="povertyImports" action="create">
        <Button component={RouterLink} to="/povertyImports/create" label="chungTay.poverty.import.menu">
          <UploadFileIcon />
        </Button>
      </CanAccess>
      <CreateButton />
    </TopToolbar>
  );
}

/** Recorded reviews by unit (with those under it), year and standard, newest first; rates derived. */
export function PovertyStatisticList() {
  const standards = useStandardChoices();
  const filters = [
    <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
    <NumberInput key="year" source="year" alwaysOn />,
    <SelectInput key="standardCode" source="standardCode" choices={standards} alwaysOn />,
  ];
  return (
    <List perPage={25} filters={filters} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
        <NumberField source="year" sortable={false} options={{ useGrouping: false }} />
        <TextField source="standard.code" label="resources.povertyStatistics.fields.standard" sortable={false} />
        <NumberField source="households" sortable={false} />
        <NumberField source="poorHouseholds" sortable={false} />
        <DecimalTextField source="poorRate" sortable={false} />
        <NumberField source="nearPoorHouseholds" sortable={false} emptyText="—" />
        <DecimalTextField source="nearPoorRate" sortable={false} emptyText="—" />
        <DecimalTextField source="reportedPoorRate" sortable={false} emptyText="—" />
        <DecimalTextField source="poorRateDifference" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
