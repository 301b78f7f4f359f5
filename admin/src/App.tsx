import { Admin, Resource } from 'react-admin';
import { BrowserRouter } from 'react-router-dom';
import { lazy } from 'react';
import { createAuthProvider, createDataProvider } from './dataProvider';
import { createApolloClient } from './dataProvider/apolloClient';
import { createI18nProvider } from './i18n/i18nProvider';
import { NotFound } from './pages/NotFound';
import { administrativeUnits } from './resources/administrativeUnits';
import { campaigns } from './resources/campaigns';
import { donors } from './resources/donors';
import { organizations } from './resources/organizations';
import { theme } from './theme';

const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));

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
        i18nProvider={i18nProvider}
        dashboard={Dashboard}
        catchAll={NotFound}
        theme={theme}
        disableTelemetry
      >
        <Resource {...campaigns} />
        <Resource {...donors} />
        <Resource {...organizations} />
        <Resource {...administrativeUnits} />
      </Admin>
    </BrowserRouter>
  );
}
