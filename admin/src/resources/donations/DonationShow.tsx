import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import type { ReactElement } from 'react';
import { Labeled, ListButton, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Donation } from '@chung-tay/schema';
import { DateTextField, DateTimeTextField, EnumField, LinkedRecordField, MoneyField } from '../../common/fields';
import { Panel } from '../../common/layout';

function ReceiptButton() {
  const donation = useRecordContext<Donation>();
  const translate = useTranslate();
  if (!donation) return null;
  return (
    <Button
      component={RouterLink}
      to={`/donations/${encodeURIComponent(donation.id)}/receipt`}
      startIcon={<PrintIcon />}
      size="small"
    >
      {translate('chungTay.receipt.open')}
    </Button>
  );
}

function Actions() {
  return (
    <TopToolbar>
      <ListButton />
      <ReceiptButton />
    </TopToolbar>
  );
}

function Cell({ source, size, children }: { source: string; size: number; children: ReactElement }) {
  return (
    <Grid size={{ xs: 12, md: size }}>
      <Labeled source={source}>{children}</Labeled>
    </Grid>
  );
}

function Donor() {
  const donation = useRecordContext<Donation>();
  const translate = useTranslate();
  if (!donation) return null;
  return donation.donor ? (
    <LinkedRecordField source="donor" reference="donors" display="displayName" />
  ) : (
    <span>{translate('chungTay.receipt.anonymous')}</span>
  );
}

export function DonationShow() {
  return (
    <Show actions={<Actions />}>
      <Panel title="chungTay.common.overview">
        <Grid container spacing={2}>
          <Cell source="receiptNumber" size={4}>
            <TextField source="receiptNumber" />
          </Cell>
          <Cell source="donatedOn" size={4}>
            <DateTextField source="donatedOn" />
          </Cell>
          <Cell source="status" size={4}>
            <EnumField source="status" enumName="DonationStatus" chip />
          </Cell>
          <Cell source="fund" size={4}>
            <LinkedRecordField source="fund" reference="funds" />
          </Cell>
          <Cell source="campaign" size={4}>
            <LinkedRecordField source="campaign" reference="campaigns" />
          </Cell>
          <Cell source="donor" size={4}>
            <Donor />
          </Cell>
          <Cell source="channel" size={4}>
            <EnumField source="channel" enumName="DonationChannel" />
          </Cell>
          <Cell source="amount" size={4}>
            <MoneyField source="amount" />
          </Cell>
          <Cell source="bankReference" size={4}>
            <TextField source="bankReference" emptyText="—" />
          </Cell>
          <Cell source="quantity" size={4}>
            <TextField source="quantity" emptyText="—" />
          </Cell>
          <Cell source="quantityUnit" size={4}>
            <TextField source="quantityUnit" emptyText="—" />
          </Cell>
          <Cell source="createdAt" size={4}>
            <DateTimeTextField source="createdAt" />
          </Cell>
          <Cell source="note" size={12}>
            <TextField source="note" emptyText="—" />
          </Cell>
        </Grid>
      </Panel>
    </Show>
  );
}
