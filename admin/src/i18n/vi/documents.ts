/** Downloads the server makes: exports and the PDF receipt. */
export const documentsVi = {
  exportCsv: 'Xuất CSV',
  exportXlsx: 'Xuất Excel',
  receiptPdf: 'Tải PDF',
  chooseFundOrCampaign: 'Chọn một quỹ hoặc một phong trào để xuất sao kê',
};
