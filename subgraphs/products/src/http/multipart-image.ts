import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';

export interface UploadedFile {
  bytes: Buffer;
  mimeType: string;
  filename: string;
}

export type MultipartOutcome =
  | { ok: true; file: UploadedFile; fields: Record<string, string> }
  | { ok: false; status: 400 | 413; code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE'; message: string };

const badRequest = (message: string): MultipartOutcome => ({
  ok: false,
  status: 400,
  code: 'BAD_REQUEST',
  message,
});

/**
 * Reads a multipart/form-data body with one file in the field `file` and small text fields. The file is kept
 * in memory only up to `maxFileBytes`; past that it is dropped (and the rest of the body drained, so the
 * client still gets a clean 413 response).
 */
export function readMultipartImage(req: IncomingMessage, maxFileBytes: number): Promise<MultipartOutcome> {
  let parser: busboy.Busboy;
  try {
    // busboy cuts a file off once it reaches the limit, so allow one byte more and judge the size here.
    parser = busboy({
      headers: req.headers,
      limits: { fileSize: maxFileBytes + 1, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
    });
  } catch {
    return Promise.resolve(badRequest('Send the image as multipart/form-data with the field "file"'));
  }

  return new Promise((resolve) => {
    const fields: Record<string, string> = {};
    let file: UploadedFile | null = null;
    let tooLarge = false;
    let fileDone: Promise<void> = Promise.resolve();

    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      file = { bytes: Buffer.alloc(0), mimeType: info.mimeType, filename: info.filename ?? '' };
      const current = file;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
        chunks.length = 0;
      });
      fileDone = new Promise((done) =>
        stream.on('close', () => {
          current.bytes = Buffer.concat(chunks);
          if (current.bytes.length > maxFileBytes) tooLarge = true;
          done();
        }),
      );
    });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('error', () => resolve(badRequest('The multipart body is malformed')));
    parser.on('close', () => {
      void fileDone.then(() => {
        if (tooLarge) {
          resolve({
            ok: false,
            status: 413,
            code: 'PAYLOAD_TOO_LARGE',
            message: `Images may be at most ${maxFileBytes} bytes`,
          });
        } else if (!file) {
          resolve(badRequest('The form has no field "file"'));
        } else {
          resolve({ ok: true, file, fields });
        }
      });
    });
    req.pipe(parser);
  });
}
