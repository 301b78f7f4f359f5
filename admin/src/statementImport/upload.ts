import { apiLocale } from '../dataProvider/apiLocale';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadCounts {
  status: string;
  linesRead: number;
  validCount: number;
  duplicateCount: number;
  invalidCount: number;
  skippedCount: number;
  validAmount: string;
}

/** A refusal or a broken connection; `retryable` when sending the same file again may finish it. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/**
 * POSTs an import file's raw bytes to its import's uploadPath with the session cookie.
 * XMLHttpRequest rather than fetch: only it reports the bytes sent. The type must not be one a
 * form could send cross-site (the server refuses text/plain and multipart).
 */
export function uploadStatementFile(
  uploadPath: string,
  file: File,
  onBytes: (sent: number, total: number) => void,
  /** What the answer's data holds: the poverty-statistics import uses this upload too. */
  dataKey = 'statementImport',
): Promise<UploadCounts> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadPath);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv');
    xhr.setRequestHeader('Accept-Language', apiLocale.get());
    xhr.upload.onprogress = (event) => onBytes(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => reject(new UploadError('chungTay.statementImport.connectionLost', true));
    xhr.onabort = () => reject(new UploadError('chungTay.statementImport.connectionLost', true));
    xhr.onload = () => {
      let body: any;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new UploadError('chungTay.statementImport.connectionLost', true));
        return;
      }
      if (xhr.status === 200 && body?.data?.[dataKey]) {
        resolve(body.data[dataKey] as UploadCounts);
        return;
      }
      const message = (body?.errors ?? []).map((e: { message: string }) => e.message).join('; ');
      // 409: the server still reads an earlier, cut-off attempt; 5xx: worth another try.
      reject(new UploadError(message || 'ra.notification.http_error', xhr.status === 409 || xhr.status >= 500));
    };
    xhr.send(file);
  });
}
