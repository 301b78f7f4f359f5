import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Loading, Title, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { Donation } from '@chung-tay/schema';
import { formatDate } from '../../common/dates';
import { ReceiptPdfButton } from '../../documents/DownloadButtons';
import { formatMoney } from '../../common/money';

/** On paper only the receipt: the app bar, menu and buttons are hidden. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A5 landscape', margin: '12mm' },
        'header, .RaSidebar-root, .MuiDrawer-root, .RaAppBar-root, .no-print': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        body: { background: '#fff' },
        '.receipt': { boxShadow: 'none !important', border: 'none !important' },
      },
    }}
  />
);

/**
 * The printable receipt of a donation: the browser prints it, or saves it as a PDF ("In biên
 * nhận" → Save as PDF). Amounts in figures as the ledger has them, never through a float.
 */
export function DonationReceipt() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: donation, isPending, error } = useGetOne<Donation>('donations', { id: id! });
  if (isPending) return <Loading />;
  if (error || !donation) return <Typography role="alert">{translate('ra.notification.item_doesnt_exist')}</Typography>;
  const rows: [string, string][] = [
    ['chungTay.receipt.number', donation.receiptNumber],
    ['chungTay.receipt.date', formatDate(donation.donatedOn)],
    ['chungTay.receipt.fund', `${donation.fund.name} (${donation.fund.code})`],
    ['chungTay.receipt.donor', donation.donor?.displayName ?? translate('chungTay.receipt.anonymous')],
    ['chungTay.receipt.amount', formatMoney(donation.amount)],
  ];
  if (donation.channel === 'IN_KIND' && donation.quantity)
    rows.push(['chungTay.receipt.goods', `${donation.quantity} ${donation.quantityUnit ?? ''}`.trim()]);
  rows.push(
    ['chungTay.receipt.channel', translate(`chungTay.enums.DonationChannel.${donation.channel}`)],
    ['chungTay.receipt.campaign', donation.campaign ? `${donation.campaign.code} – ${donation.campaign.name}` : '—'],
  );
  if (donation.bankReference) rows.push(['chungTay.receipt.bankReference', donation.bankReference]);
  return (
    <Box sx={{ mt: 2, maxWidth: 760 }}>
      {printStyles}
      <Title title="chungTay.receipt.title" />
      <Box className="no-print" sx={{ mb: 2 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('chungTay.receipt.print')}
        </Button>
        <ReceiptPdfButton donationId={String(donation.id)} />
      </Box>
      <Paper
        variant="outlined"
        className="receipt"
        sx={{ p: 4 }}
        component="article"
        aria-label={translate('chungTay.receipt.title')}
      >
        <Typography variant="body2" align="center">
          {donation.fund.name}
        </Typography>
        <Typography variant="h5" component="h1" align="center" sx={{ mt: 1, textTransform: 'uppercase' }}>
          {translate('chungTay.receipt.heading')}
        </Typography>
        <Typography variant="body2" align="center" sx={{ mb: 3 }} data-testid="receipt-number">
          {translate('chungTay.receipt.numberLine', { number: donation.receiptNumber })}
        </Typography>
        <Table size="small">
          <TableBody>
            {rows.map(([label, value]) => (
              <TableRow key={label}>
                <TableCell component="th" scope="row" sx={{ width: '35%', fontWeight: 600 }}>
                  {translate(label)}
                </TableCell>
                <TableCell>{value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {donation.status === 'REVERSED' ? (
          <Typography color="error" sx={{ mt: 2 }} role="alert">
            {translate('chungTay.receipt.reversed')}
          </Typography>
        ) : null}
        <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 6 }}>
          <Typography variant="body2">{translate('chungTay.receipt.donorSignature')}</Typography>
          <Typography variant="body2">{translate('chungTay.receipt.receiverSignature')}</Typography>
        </Box>
      </Paper>
    </Box>
  );
}
