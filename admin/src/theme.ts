import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme in the Front's colours, with the bundled Roboto (no CDN). */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#b71c1c' },
    secondary: { main: '#8e1414' },
  },
  typography: {
    fontFamily: ['Roboto', 'system-ui', '-apple-system', 'Segoe UI', 'Helvetica', 'Arial', 'sans-serif'].join(','),
  },
};
