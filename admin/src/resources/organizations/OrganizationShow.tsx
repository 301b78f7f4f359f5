import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import {
  Datagrid,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Organization } from '@chung-tay/schema';
import { DateTextField, DateTimeTextField, EnumField, LinkedRecordField, recordPath } from '../../common/fields';
import { RecordTabs } from '../../common/RecordTabs';
import { EmptyNote, Panel, ShowActions } from '../../common/layout';

function Overview() {
  return (
    <Panel title="chungTay.common.overview">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="name">
            <TextField source="name" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="kind">
            <EnumField source="kind" enumName="OrganizationKind" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="updatedAt">
            <DateTimeTextField source="updatedAt" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="unit">
            <LinkedRecordField source="unit" reference="administrativeUnits" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="parent">
            <LinkedRecordField source="parent" reference="organizations" />
          </Labeled>
        </Grid>
      </Grid>
    </Panel>
  );
}

function Children() {
  const record = useRecordContext<Organization>();
  const translate = useTranslate();
  if (!record) return null;
  const children = record.children ?? [];
  return (
    <Panel title="chungTay.organizations.children">
      {children.length === 0 ? (
        <EmptyNote message="chungTay.organizations.noChildren" />
      ) : (
        <List dense aria-label={translate('chungTay.organizations.children')}>
          {children.map((child) => (
            <ListItem key={child.id} disableGutters>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={recordPath('organizations', child.id)}>
                    {child.name}
                  </Link>
                }
                secondary={translate(`chungTay.enums.OrganizationKind.${child.kind}`)}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Panel>
  );
}

function Campaigns() {
  return (
    <Panel title="chungTay.organizations.campaigns">
      <ReferenceManyField
        reference="campaigns"
        target="organizerId"
        sort={{ field: 'startsOn', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
        empty={<EmptyNote message="chungTay.organizations.noCampaigns" />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <DateTextField source="startsOn" />
          <EnumField source="status" enumName="CampaignStatus" chip sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Panel>
  );
}

export function OrganizationShow() {
  return (
    <Show actions={<ShowActions />}>
      <RecordTabs>
        <Overview />
        <Children />
        <Campaigns />
      </RecordTabs>
    </Show>
  );
}
