import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Campaign } from '@chung-tay/schema';
import { Panel } from '../../common/layout';
import { ActivitiesPanel } from './ActivitiesPanel';
import { ConsistencyPanel } from './ConsistencyPanel';
import { ExemplarsPanel } from './ExemplarsPanel';
import { FactsProvider } from './FactsContext';
import { FiguresPanel } from './FiguresPanel';
import { PlansPanel } from './PlansPanel';

const TABS = [
  ['plans', PlansPanel],
  ['activities', ActivitiesPanel],
  ['exemplars', ExemplarsPanel],
  ['figures', FiguresPanel],
  ['consistency', ConsistencyPanel],
] as const;

/**
 * What the campaign's summary report states beyond money: plans, activities, exemplars, the
 * report's figures and their consistency check, on the campaign's page.
 */
export function CampaignFacts() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const [tab, setTab] = useState(0);
  if (!record) return null;
  const Current = TABS[tab]![1];
  return (
    <FactsProvider campaignId={String(record.id)} scopeUnitId={record.scopeUnit?.id}>
      <Panel title="chungTay.campaignFacts.title" id="campaign-facts">
        <Tabs value={tab} onChange={(_, value: number) => setTab(value)} variant="scrollable" sx={{ mb: 2 }}>
          {TABS.map(([key]) => (
            <Tab key={key} label={translate(`chungTay.campaignFacts.tabs.${key}`)} id={`facts-tab-${key}`} />
          ))}
        </Tabs>
        <Box role="tabpanel" aria-labelledby={`facts-tab-${TABS[tab]![0]}`}>
          <Current />
        </Box>
      </Panel>
    </FactsProvider>
  );
}
