import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { lazy } from 'react';
import { createAuthProvider } from './auth/authProvider';
import { createDataProvider } from './dataProvider';
import { createApolloClient } from './dataProvider/apolloClient';
import { createI18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { ApiTokensPage } from './pages/apiTokens';
import { NotFound } from './pages/NotFound';
import { administrativeUnits } from './resources/administrativeUnits';
import { auditEvents } from './resources/auditEvents';
import { campaigns } from './resources/campaigns';
import { Certificate, commendations } from './resources/commendations';
import { donations, DonationReceipt } from './resources/donations';
import { donors } from './resources/donors';
import { FundAllocate, funds } from './resources/funds';
import { households } from './resources/households';
import { DecisionEntry, nominations, WorkQueue } from './resources/nominations';
import { pledges } from './resources/pledges';
import { supports } from './resources/supports';
import { organizations } from './resources/organizations';
import { StatementImportStart, statementImports } from './statementImport';
import { povertyImports } from './povertyImport';
import { povertyStatistics } from './resources/povertyStatistics';
import { users } from './resources/users';
import { theme } from './theme';

const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
// The report page loads on first use: most visits never open it.
const CampaignReportPage = lazy(() => import('./campaignReport').then((m) => ({ default: m.CampaignReportPage })));

const client = createApolloClient();
const dataProvider = createDataProvider(client);
const authProvider = createAuthProvider(client);
const i18nProvider = createI18nProvider();

export function App() {
  return (
    // Real paths (/campaigns/12/show): the server sends index.html for every page route.
    <BrowserRouter>
      <Admin
        title="Chung Tay"
        dataProvider={dataProvider}
        authProvider={authProvider}
        // A staff tool: nothing renders before login. The public reads the public graph instead.
        requireAuth={!!authProvider}
        i18nProvider={i18nProvider}
        dashboard={Dashboard}
        layout={AppLayout}
        loginPage={LoginPage}
        catchAll={NotFound}
        theme={theme}
        disableTelemetry
      >
        {/* The menu lists those the user may see (authProvider.canAccess). */}
        <Resource {...campaigns} />
        <Resource {...donors} />
        <Resource {...funds} />
        <Resource {...donations} />
        <Resource {...supports} />
        <Resource {...pledges} />
        <Resource {...statementImports} />
        <Resource {...households} />
        <Resource {...povertyStatistics} />
        <Resource {...povertyImports} />
        <Resource {...nominations} />
        <Resource {...commendations} />
        <Resource {...organizations} />
        <Resource {...administrativeUnits} />
        <Resource {...users} />
        <Resource {...auditEvents} />
        <CustomRoutes>
          <Route path="/api-tokens" element={<ApiTokensPage />} />
          <Route path="/donations/:id/receipt" element={<DonationReceipt />} />
          <Route path="/funds/:id/allocate" element={<FundAllocate />} />
          <Route path="/commendation-queue" element={<WorkQueue />} />
          <Route path="/commendation-decisions" element={<DecisionEntry />} />
          <Route path="/commendations/:id/certificate" element={<Certificate />} />
          <Route path="/funds/:id/import" element={<StatementImportStart />} />
          <Route path="/campaigns/:id/report" element={<CampaignReportPage />} />
        </CustomRoutes>
      </Admin>
    </BrowserRouter>
  );
}
