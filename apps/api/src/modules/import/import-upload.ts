import { IMPORT_LIMITS } from '@sanxin/domain';
import busboy from 'busboy';
import type { Request } from 'express';
import { badUserInput } from '../../shared/errors';

/** The one file of a multipart request (field `file`), in memory: an import file is at most a few megabytes. */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

const tooLarge = () => badUserInput([{ rule: 'importFileTooLarge', field: 'file', params: { max: IMPORT_LIMITS.bytes } }]);

/**
 * Reads the file part of a multipart request; more than IMPORT_LIMITS.bytes is BAD_USER_INPUT
 * (busboy stops keeping bytes past the limit: the rest is read and dropped).
 */
export function receiveImportFile(req: Request): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: IMPORT_LIMITS.bytes, fields: 0, parts: 2 } });
    } catch {
      reject(badUserInput([{ rule: 'required', field: 'file' }]));
      return;
    }
    let file: UploadedFile | null = null;
    let failure: unknown = null;
    let reading: Promise<void> = Promise.resolve();
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      const entry: UploadedFile = { name: info.filename ?? '', bytes: Buffer.alloc(0) };
      file = entry;
      reading = new Promise<void>((done) => {
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => (failure = tooLarge()));
        stream.on('end', () => {
          entry.bytes = Buffer.concat(chunks);
          done();
        });
      });
    });
    parser.on('error', () => (failure = badUserInput([{ rule: 'required', field: 'file' }])));
    parser.on('close', async () => {
      await reading;
      if (failure) return reject(failure);
      if (!file) return reject(badUserInput([{ rule: 'required', field: 'file' }]));
      resolve(file);
    });
    req.pipe(parser);
  });
}
