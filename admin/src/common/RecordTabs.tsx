import Box from '@mui/material/Box';
import { lazy, Suspense, type ReactNode } from 'react';
import { Loading, TabbedShowLayout, useCanAccess } from 'react-admin';

const RecordHistory = lazy(() => import('../history/RecordHistory').then((m) => ({ default: m.RecordHistory })));

// TabbedShowLayout labels each child of a tab as a field; `label={false}` says this one is not.
function TabContent({ children }: { children: ReactNode; label: false }) {
  return <Box sx={{ width: '100%' }}>{children}</Box>;
}

/**
 * A record's page: its details, and a "History" tab for those who may read its audit trail
 * (auditors of its unit, administrators). Nobody else sees the tab, as the API would refuse it.
 */
export function RecordTabs({ children }: { children: ReactNode }) {
  const { canAccess } = useCanAccess({ action: 'history' });
  // A lone "Details" tab would look like something is missing: without history, no tabs at all.
  if (!canAccess) return <Box sx={{ p: 2 }}>{children}</Box>;
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="chungTay.history.detailsTab">
        <TabContent label={false}>{children}</TabContent>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="chungTay.history.tab" path="history">
        <TabContent label={false}>
          <Suspense fallback={<Loading />}>
            <RecordHistory />
          </Suspense>
        </TabContent>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  );
}
