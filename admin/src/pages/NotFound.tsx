import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Title, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/** Any address the panel does not know. */
export function NotFound() {
  const translate = useTranslate();
  return (
    <Box component="main" sx={{ textAlign: 'center', mt: 8 }} role="alert">
      <Title title="chungTay.notFound.title" />
      <Typography variant="h1" component="p" color="text.secondary" aria-hidden>
        404
      </Typography>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('chungTay.notFound.title')}
      </Typography>
      <Typography variant="body1" sx={{ mb: 3 }}>
        {translate('chungTay.notFound.message')}
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {translate('chungTay.notFound.home')}
      </Button>
    </Box>
  );
}
