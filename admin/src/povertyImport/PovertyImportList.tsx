import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateTimeTextField } from '../common/fields';

/** One's own imports, newest first, each opening its preview. */
export function PovertyImportList() {
  const translate = useTranslate();
  return (
    <List
      perPage={25}
      actions={
        <TopToolbar>
          <CreateButton label="chungTay.poverty.import.newImport" />
        </TopToolbar>
      }
      exporter={false}
      // No "empty" page: the toolbar's "Nhập tệp mới" is the way in, whether or not there are imports.
      empty={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="fileName" sortable={false} />
        <FunctionField
          source="status"
          sortable={false}
          render={(record: { status: string }) => translate(`chungTay.poverty.import.status.${record.status}`)}
        />
        <NumberField source="lineCount" sortable={false} />
        <NumberField source="newCount" sortable={false} />
        <NumberField source="changedCount" sortable={false} />
        <NumberField source="unchangedCount" sortable={false} />
        <NumberField source="invalidCount" sortable={false} />
        <DateTimeTextField source="createdAt" sortable={false} />
      </Datagrid>
    </List>
  );
}
