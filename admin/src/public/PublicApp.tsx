import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { CampaignPage } from './CampaignPage';
import { ChoosePage } from './ChoosePage';
import { FundPage } from './FundPage';
import { PublicI18nProvider } from './i18n';
import { PUBLIC_BASE } from './paths';
import { PublicLayout } from './PublicLayout';

// The panel's colours and font without react-admin's theme, so that this page never loads
// react-admin: a phone on a slow line downloads only what the statement needs.
const theme = createTheme({
  palette: { primary: { main: '#b71c1c' }, secondary: { main: '#8e1414' } },
  typography: {
    fontFamily: ['Roboto', 'system-ui', '-apple-system', 'Segoe UI', 'Helvetica', 'Arial', 'sans-serif'].join(','),
  },
});

/** The public statement (sao kê): anyone, no login. main.tsx loads it for /cong-khai/…. */
export function PublicApp() {
  return (
    <BrowserRouter>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <PublicI18nProvider>
          <PublicLayout>
            <Routes>
              <Route path={PUBLIC_BASE} element={<ChoosePage />} />
              <Route path={`${PUBLIC_BASE}/chien-dich/:id`} element={<CampaignPage />} />
              <Route path={`${PUBLIC_BASE}/quy/:id`} element={<FundPage />} />
              <Route path="*" element={<ChoosePage />} />
            </Routes>
          </PublicLayout>
        </PublicI18nProvider>
      </ThemeProvider>
    </BrowserRouter>
  );
}
