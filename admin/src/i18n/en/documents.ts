/** Downloads the server makes: exports and the PDF receipt. */
export const documentsEn = {
  exportCsv: 'Export CSV',
  exportXlsx: 'Export Excel',
  receiptPdf: 'Download PDF',
  chooseFundOrCampaign: 'Choose a fund or a campaign to export the statement',
};
