// Puts the bytes of a file into the upload session Teams hands over when the user accepts a
// FileConsentCard (a OneDrive upload session URL, pre-authorised: no token). One PUT of the
// whole file, with Content-Range as the OneDrive upload-session API asks. Injected, so tests
// record the upload instead of sending it.
export interface UploadRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

export type FileUploader = (request: UploadRequest) => Promise<{ readonly status: number }>;

export function uploadRequest(url: string, bytes: Uint8Array): UploadRequest {
  const size = bytes.byteLength;
  return {
    url,
    headers: {
      'Content-Length': String(size),
      'Content-Range': `bytes 0-${size - 1}/${size}`,
    },
    body: bytes,
  };
}

const UPLOAD_TIMEOUT_MS = 30_000;

export const fetchUploader: FileUploader = async ({ url, headers, body }) => {
  const res = await fetch(url, {
    method: 'PUT',
    headers,
    // Node's fetch takes any Uint8Array; the DOM typings want one over an ArrayBuffer.
    body: body as Uint8Array<ArrayBuffer>,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  await res.arrayBuffer().catch(() => undefined);
  return { status: res.status };
};
