import { Datagrid, List, SearchInput, TextField, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Fund } from '@chung-tay/schema';
import { LinkedRecordField, MoneyField } from '../../common/fields';
import { UnitReferenceInput } from '../../common/inputs';

const fundFilters = [<SearchInput key="q" source="q" alwaysOn />, <UnitReferenceInput key="unitId" source="unitId" />];

/** "250 con bò; 1.200 kg gạo": goods in their own units, never summed into cash. */
function GoodsOnHandField(_props: FieldProps) {
  const fund = useRecordContext<Fund>();
  const translate = useTranslate();
  const goods = fund?.totals?.goodsOnHand ?? [];
  if (goods.length === 0) return <span>{translate('chungTay.common.none')}</span>;
  return <span>{goods.map((g) => `${String(g.quantity)} ${g.unit}`).join('; ')}</span>;
}

/** Funds in code order with their figures (the API sums a whole page's ledgers in one query). */
export function FundList() {
  return (
    <List perPage={25} filters={fundFilters} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sortable={false} />
        <TextField source="name" sortable={false} />
        <LinkedRecordField source="unit" reference="administrativeUnits" sortable={false} />
        <MoneyField source="totals.balance" label="chungTay.fundFlows.balance" textAlign="right" sortable={false} />
        <MoneyField source="totals.received" label="chungTay.fundFlows.received" textAlign="right" sortable={false} />
        <MoneyField
          source="totals.allocatedOut"
          label="chungTay.fundFlows.allocatedOut"
          textAlign="right"
          sortable={false}
        />
        <MoneyField source="totals.disbursed" label="chungTay.fundFlows.disbursed" textAlign="right" sortable={false} />
        <GoodsOnHandField source="totals.goodsOnHand" label="chungTay.fundFlows.goodsOnHand" sortable={false} />
      </Datagrid>
    </List>
  );
}
