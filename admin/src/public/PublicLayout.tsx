import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { publicLocales, usePublicI18n } from './i18n';
import { PUBLIC_BASE } from './paths';

/** Header with the language switch, the page, and a way in for staff. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = usePublicI18n();
  useEffect(() => {
    document.title = `${t('title')} · Chung Tay`;
  }, [t]);
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: '#faf7f5' }}>
      <Box component="header" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', px: 2, py: 1.5 }}>
        <Box sx={{ maxWidth: 960, mx: 'auto', display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Box component="img" src="/favicon.svg" alt="" sx={{ width: 36, height: 36 }} />
          <Link component={RouterLink} to={PUBLIC_BASE} color="inherit" underline="none" sx={{ flex: 1, minWidth: 0 }}>
            <Typography component="p" variant="h6" sx={{ fontWeight: 700, lineHeight: 1.2 }}>
              Chung Tay · {t('title')}
            </Typography>
            <Typography component="p" variant="caption" sx={{ opacity: 0.9, display: 'block' }}>
              {t('movement')}
            </Typography>
          </Link>
          <ButtonGroup size="small" aria-label={t('language')} sx={{ bgcolor: 'rgba(255,255,255,0.12)' }}>
            {publicLocales.map(({ locale: code, name }) => (
              <Button
                key={code}
                lang={code}
                title={name}
                aria-label={name}
                aria-pressed={locale === code}
                onClick={() => setLocale(code)}
                variant={locale === code ? 'contained' : 'outlined'}
                sx={{
                  color: 'inherit',
                  borderColor: 'rgba(255,255,255,0.6)',
                  bgcolor: locale === code ? 'rgba(0,0,0,0.25)' : 'transparent',
                  minWidth: 44,
                }}
              >
                {code.toUpperCase()}
              </Button>
            ))}
          </ButtonGroup>
        </Box>
      </Box>
      <Box component="main" sx={{ maxWidth: 960, mx: 'auto', px: { xs: 1.5, sm: 3 }, py: 2 }}>
        {children}
      </Box>
      <Box component="footer" sx={{ maxWidth: 960, mx: 'auto', px: { xs: 1.5, sm: 3 }, pb: 4 }}>
        <Typography variant="body2" color="text.secondary">
          {/* A full page load: the staff panel is another bundle. */}
          <Link href="/" color="inherit">
            {t('staffLogin')}
          </Link>
        </Typography>
      </Box>
    </Box>
  );
}
