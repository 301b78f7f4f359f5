import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Loading, Title, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { formatDate } from '../../common/dates';
import { CertificatePdfButton } from '../../documents/DownloadButtons';

/** On paper only the certificate: the app bar, menu and buttons are hidden. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4 landscape', margin: '15mm' },
        'header, .RaSidebar-root, .MuiDrawer-root, .RaAppBar-root, .no-print': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        body: { background: '#fff' },
        '.certificate': { boxShadow: 'none !important' },
      },
    }}
  />
);

/**
 * The printable certificate of a conferred commendation (the browser prints it or saves it as a
 * PDF): the conferring authority, the recipient, the form, the achievement and the decision.
 */
export function Certificate() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: n, isPending, error } = useGetOne<any>('nominations', { id: id! });
  if (isPending) return <Loading />;
  if (error || !n) return <Typography role="alert">{translate('ra.notification.item_doesnt_exist')}</Typography>;
  if (!['CONFERRED', 'PUBLISHED'].includes(n.status) || !n.decision) {
    return <Typography role="alert">{translate('chungTay.commendations.certificate.notConferred')}</Typography>;
  }
  const c = (key: string, args?: Record<string, unknown>) =>
    translate(`chungTay.commendations.certificate.${key}`, args);
  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      {printStyles}
      <Title title={c('title')} />
      <Box className="no-print" sx={{ mb: 2, display: 'flex', gap: 1 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {c('print')}
        </Button>
        <CertificatePdfButton nominationId={String(n.id)} />
      </Box>
      <Paper
        className="certificate"
        component="article"
        aria-label={c('title')}
        sx={{ p: 6, border: '6px double #b8860b', textAlign: 'center', fontFamily: 'Tinos, "Times New Roman", serif' }}
      >
        <Typography variant="body1" sx={{ fontWeight: 700, textTransform: 'uppercase' }}>
          {c('country')}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {c('motto')}
        </Typography>
        <Typography variant="body1" sx={{ mt: 3, textTransform: 'uppercase' }}>
          {n.conferringUnit?.name}
        </Typography>
        <Typography
          variant="h3"
          component="h1"
          sx={{ mt: 3, color: '#b71c1c', fontWeight: 700, textTransform: 'uppercase' }}
        >
          {n.form.name}
        </Typography>
        <Typography variant="body1" sx={{ mt: 3 }}>
          {c('awardedTo')}
        </Typography>
        <Typography variant="h4" component="p" sx={{ mt: 1, fontWeight: 700 }} data-testid="certificate-recipient">
          {n.recipient.title ? `${n.recipient.title} ` : ''}
          {n.recipient.name}
        </Typography>
        <Typography variant="body1" sx={{ mt: 2, fontStyle: 'italic', maxWidth: 760, mx: 'auto' }}>
          {c('for', { achievement: n.achievement })}
        </Typography>
        {n.campaign ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {n.campaign.name}
          </Typography>
        ) : null}
        <Typography variant="body2" sx={{ mt: 4 }} data-testid="certificate-decision">
          {c('decision', { number: n.decision.number, date: formatDate(n.decision.decidedOn) })}
        </Typography>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {c('conferred', { date: formatDate(n.conferredOn) })}
        </Typography>
        <Typography variant="body1" sx={{ mt: 4, fontWeight: 700 }}>
          {n.decision.signerTitle ?? ''}
        </Typography>
        <Typography variant="body1" sx={{ mt: 6, fontWeight: 700 }}>
          {n.decision.signerName}
        </Typography>
      </Paper>
    </Box>
  );
}
