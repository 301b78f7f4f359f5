import Grid from '@mui/material/Grid';
import type { ReactElement } from 'react';
import {
  BooleanField,
  Datagrid,
  Labeled,
  NumberField,
  ReferenceManyField,
  Show,
  TextField,
  useRecordContext,
} from 'react-admin';
import type { Household } from '@chung-tay/schema';
import { DateTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { EmptyNote, Panel, ShowActions } from '../../common/layout';
import { RecordTabs } from '../../common/RecordTabs';
import { HouseholdStatuses } from './HouseholdStatuses';

function Cell({ source, size, children }: { source: string; size: number; children: ReactElement }) {
  return (
    <Grid size={{ xs: 12, md: size }}>
      <Labeled source={source}>{children}</Labeled>
    </Grid>
  );
}

/** Support this household received, from any fund the user may read. */
function SupportReceived() {
  return (
    <ReferenceManyField
      reference="supports"
      target="householdId"
      perPage={25}
      empty={<EmptyNote message="chungTay.households.noSupports" />}
    >
      <Datagrid bulkActionButtons={false} rowClick="show" aria-label="supports">
        <DateTextField source="supportedOn" sortable={false} />
        <EnumField source="purpose" enumName="SupportPurpose" sortable={false} />
        <MoneyField source="amount" textAlign="right" sortable={false} />
        <LinkedRecordField source="fund" reference="funds" display="code" sortable={false} />
        <TextField source="decisionRef" sortable={false} />
      </Datagrid>
    </ReferenceManyField>
  );
}

function Title() {
  const household = useRecordContext<Household>();
  return <span>{household?.headName ?? ''}</span>;
}

export function HouseholdShow() {
  return (
    <Show actions={<ShowActions />} title={<Title />}>
      <RecordTabs>
        <Panel title="chungTay.common.overview">
          <Grid container spacing={2}>
            <Cell source="headName" size={6}>
              <TextField source="headName" />
            </Cell>
            <Cell source="unit" size={6}>
              <LinkedRecordField source="unit" reference="administrativeUnits" />
            </Cell>
            <Cell source="address" size={6}>
              <TextField source="address" emptyText="—" />
            </Cell>
            <Cell source="members" size={3}>
              <NumberField source="members" emptyText="—" />
            </Cell>
            <Cell source="ethnicMinority" size={3}>
              <BooleanField source="ethnicMinority" />
            </Cell>
          </Grid>
        </Panel>
        <Panel title="chungTay.households.statuses">
          <HouseholdStatuses />
        </Panel>
        <Panel title="chungTay.households.supports">
          <SupportReceived />
        </Panel>
      </RecordTabs>
    </Show>
  );
}
