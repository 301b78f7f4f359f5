import Breadcrumbs from '@mui/material/Breadcrumbs';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import {
  EditButton,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { AdministrativeUnit, UnitSuccession } from '@chung-tay/schema';
import { formatDate } from '../../common/dates';
import { DateTimeTextField, EnumField, HistoricalChip, recordPath } from '../../common/fields';
import { RecordTabs } from '../../common/RecordTabs';
import { EmptyNote, Panel } from '../../common/layout';
import { RecordSuccessionButton } from './RecordSuccessionButton';

function UnitLink({ unit }: { unit: Pick<AdministrativeUnit, 'id' | 'name' | 'isHistorical'> }) {
  return (
    <>
      <Link component={RouterLink} to={recordPath('administrativeUnits', unit.id)}>
        {unit.name}
      </Link>
      <HistoricalChip historical={unit.isHistorical} />
    </>
  );
}

function Ancestors() {
  const record = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  if (!record) return null;
  const chain = [...(record.ancestors ?? [])].reverse();
  return (
    <Breadcrumbs aria-label={translate('resources.administrativeUnits.fields.ancestors')} sx={{ mb: 2 }}>
      {chain.map((unit) => (
        <Link key={unit.id} component={RouterLink} to={recordPath('administrativeUnits', unit.id)}>
          {unit.name}
        </Link>
      ))}
      <Typography color="text.primary" aria-current="page">
        {record.name}
      </Typography>
    </Breadcrumbs>
  );
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

function Period() {
  const record = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  if (!record) return null;
  const parts = [
    record.validFrom ? translate('chungTay.units.since', { date: formatDate(record.validFrom) }) : null,
    record.validTo ? translate('chungTay.units.until', { date: formatDate(record.validTo) }) : null,
  ].filter(Boolean);
  return (
    <Typography variant="body2" component="div">
      {parts.length ? capitalize(parts.join(' ')) : translate('chungTay.units.always')}
      <HistoricalChip historical={record.isHistorical} />
    </Typography>
  );
}

function Overview() {
  return (
    <Panel title="chungTay.common.overview">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 2 }}>
          <Labeled source="code">
            <TextField source="code" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Labeled source="name">
            <TextField source="name" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="level">
            <EnumField source="level" enumName="UnitLevel" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Labeled source="updatedAt">
            <DateTimeTextField source="updatedAt" />
          </Labeled>
        </Grid>
        <Grid size={12}>
          <Labeled label="chungTay.units.period">
            <Period />
          </Labeled>
        </Grid>
      </Grid>
    </Panel>
  );
}

/** "Today this is …": the unit itself while in force, else the units that carry it now. */
function Today() {
  const record = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  if (!record) return null;
  const carriers = (record.today ?? []).filter((u) => u.id !== record.id);
  return (
    <Panel title="chungTay.units.today" id="unit-today">
      {!record.isHistorical ? (
        <EmptyNote message="chungTay.units.todayItself" />
      ) : carriers.length === 0 ? (
        <EmptyNote message="chungTay.units.todayUnknown" />
      ) : (
        <Typography variant="body1" component="div">
          {translate('chungTay.units.today')}:{' '}
          {carriers.map((unit, i) => (
            <span key={unit.id}>
              {i > 0 ? ', ' : ''}
              <UnitLink unit={unit} />
            </span>
          ))}
        </Typography>
      )}
    </Panel>
  );
}

function Lineage() {
  const record = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  if (!record) return null;
  const predecessors = (record.predecessors ?? []) as UnitSuccession[];
  const successors = (record.successors ?? []) as UnitSuccession[];
  if (predecessors.length + successors.length === 0) {
    return (
      <Panel title="chungTay.units.lineage">
        <EmptyNote message="chungTay.units.noLineage" />
      </Panel>
    );
  }
  return (
    <Panel title="chungTay.units.lineage">
      <List dense>
        {predecessors.map((link) => (
          <ListItem key={link.id} disableGutters>
            <ListItemText
              primary={
                <>
                  {translate('resources.administrativeUnits.fields.predecessors')}: <UnitLink unit={link.predecessor} />
                </>
              }
              secondary={[formatDate(link.effectiveOn), link.note].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
        {successors.map((link) => (
          <ListItem key={link.id} disableGutters>
            <ListItemText
              primary={
                <>
                  {translate('resources.administrativeUnits.fields.successors')}: <UnitLink unit={link.successor} />
                </>
              }
              secondary={[formatDate(link.effectiveOn), link.note].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Panel>
  );
}

function Children() {
  const record = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  if (!record) return null;
  const children = record.children ?? [];
  return (
    <Panel title="resources.administrativeUnits.fields.children">
      {children.length === 0 ? (
        <EmptyNote message="chungTay.units.noChildren" />
      ) : (
        <List dense aria-label={translate('resources.administrativeUnits.fields.children')}>
          {children.map((child) => (
            <ListItem key={child.id} disableGutters>
              <ListItemText
                primary={<UnitLink unit={child} />}
                secondary={`${child.code} · ${translate(`chungTay.enums.UnitLevel.${child.level}`)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Panel>
  );
}

function UnitShowActions() {
  return (
    <TopToolbar>
      <ListButton />
      <RecordSuccessionButton />
      <EditButton />
    </TopToolbar>
  );
}

export function AdministrativeUnitShow() {
  return (
    <Show actions={<UnitShowActions />}>
      <RecordTabs>
        <Ancestors />
        <Overview />
        <Today />
        <Lineage />
        <Children />
      </RecordTabs>
    </Show>
  );
}
