import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { LocalesMenuButton, Login, LoginClasses, LoginForm, LoginFormClasses, useTranslate } from 'react-admin';
import { PUBLIC_BASE } from '../public/paths';

/** The movement's mark (admin/public/favicon.svg): two hands, in the Front's red and gold. */
function Mark() {
  return <Box component="img" src="/favicon.svg" alt="" sx={{ width: 56, height: 56 }} />;
}

/**
 * The way in: the product and the movement it serves, Vietnamese first (the language can be
 * switched before logging in), react-admin's login form (its email field is "Email đăng nhập").
 */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login
      avatarIcon={<Mark />}
      sx={{
        backgroundImage: 'radial-gradient(circle at 50% 12em, #c62828 0%, #8e1414 55%, #5d0b0b 100%)',
        [`& .${LoginClasses.card}`]: { width: 400, maxWidth: 'calc(100vw - 32px)', marginTop: '4em' },
        [`& .${LoginClasses.icon}`]: { width: 64, height: 64, backgroundColor: 'transparent' },
        // The form's own style fixes its width at 300px; it fills the wider card instead.
        [`& form .${LoginFormClasses.content}`]: { width: 'auto' },
      }}
    >
      <Box component="header" sx={{ px: 3, textAlign: 'center' }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, color: 'primary.main' }}>
          Chung Tay
        </Typography>
        <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
          {translate('chungTay.login.movement')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('chungTay.login.subtitle')}
        </Typography>
      </Box>
      <LoginForm />
      <Box sx={{ px: 2, pb: 1, textAlign: 'center' }}>
        {/* A full page load: the public page is its own small app (see main.tsx). */}
        <Link href={PUBLIC_BASE} variant="body2" sx={{ fontWeight: 500 }}>
          {translate('chungTay.publicPage.loginLink')}
        </Link>
      </Box>
      <Box
        component="footer"
        sx={{ px: 2, pb: 2, display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}
      >
        <Typography variant="caption" color="text.secondary">
          {translate('chungTay.login.accounts')}
        </Typography>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
