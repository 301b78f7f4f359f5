import Grid from '@mui/material/Grid';
import type { ReactElement } from 'react';
import { Labeled, ListButton, Show, TextField, TopToolbar } from 'react-admin';
import { DateTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { Panel } from '../../common/layout';
import { RecipientField } from './RecipientField';

function Cell({
  source,
  label,
  size,
  children,
}: {
  source: string;
  label?: string;
  size: number;
  children: ReactElement;
}) {
  return (
    <Grid size={{ xs: 12, md: size }}>
      <Labeled source={source} label={label}>
        {children}
      </Labeled>
    </Grid>
  );
}

export function SupportShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
    >
      <Panel title="chungTay.common.overview">
        <Grid container spacing={2}>
          <Cell source="supportedOn" size={4}>
            <DateTextField source="supportedOn" />
          </Cell>
          <Cell source="purpose" size={4}>
            <EnumField source="purpose" enumName="SupportPurpose" />
          </Cell>
          <Cell source="decisionRef" size={4}>
            <TextField source="decisionRef" />
          </Cell>
          <Cell source="fund" size={4}>
            <LinkedRecordField source="fund" reference="funds" />
          </Cell>
          <Cell source="household" label="chungTay.supports.recipientShown" size={4}>
            <RecipientField source="household" />
          </Cell>
          <Cell source="unit" size={4}>
            <LinkedRecordField source="unit" reference="administrativeUnits" />
          </Cell>
          <Cell source="medium" size={4}>
            <EnumField source="medium" enumName="Medium" />
          </Cell>
          <Cell source="amount" size={4}>
            <MoneyField source="amount" />
          </Cell>
          <Cell source="quantity" size={2}>
            <TextField source="quantity" emptyText="—" />
          </Cell>
          <Cell source="quantityUnit" size={2}>
            <TextField source="quantityUnit" emptyText="—" />
          </Cell>
          <Cell source="projectHouseholds" size={4}>
            <TextField source="projectHouseholds" emptyText="—" />
          </Cell>
          <Cell source="campaign" size={6}>
            <LinkedRecordField source="campaign" reference="campaigns" />
          </Cell>
          <Cell source="entry" size={6}>
            <TextField source="entry.id" />
          </Cell>
        </Grid>
      </Panel>
    </Show>
  );
}
