import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNATURE_BYTES } from '@sanxin/domain';
import busboy from 'busboy';
import type { Request } from 'express';
import { badUserInput } from '../../shared/errors';

/** A file received whole into a temporary file, with what the checks need. */
export interface ReceivedFile {
  name: string;
  claimedType: string;
  size: number;
  sha256: string;
  head: Uint8Array;
  path: string;
  /** More bytes came than the limit allows: the rest was read and dropped, never written. */
  truncated: boolean;
}

/**
 * Streams the one file of a multipart request (field `file`) to a temporary file, hashing it on the
 * way and keeping its first bytes; past `maxBytes` it writes nothing more (busboy calls a file that
 * reaches its limit truncated, hence the one byte more). Anything else in the
 * request (a second file, a non-multipart body) is BAD_USER_INPUT.
 */
export function receiveFile(req: Request, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes + 1, fields: 0, parts: 2 } });
    } catch {
      reject(badUserInput([{ rule: 'required', field: 'file' }]));
      return;
    }
    let received: Promise<ReceivedFile> | null = null;
    let failure: unknown = null;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || received) {
        stream.resume();
        return;
      }
      received = writeTemporary(stream, info.filename ?? '', info.mimeType);
      received.catch((error) => (failure = error));
    });
    parser.on('filesLimit', () => (failure = badUserInput([{ rule: 'tooMany', field: 'file', params: { max: 1 } }])));
    parser.on('error', () => (failure = badUserInput([{ rule: 'required', field: 'file' }])));
    parser.on('close', async () => {
      if (!received) return reject(failure ?? badUserInput([{ rule: 'required', field: 'file' }]));
      const file = await received.catch((error) => {
        failure ??= error;
        return null;
      });
      if (failure || !file) {
        if (file) await rm(file.path, { force: true });
        return reject(failure);
      }
      resolve(file);
    });
    req.pipe(parser);
  });
}

async function writeTemporary(stream: NodeJS.ReadableStream & { truncated?: boolean }, name: string, claimedType: string): Promise<ReceivedFile> {
  const path = join(tmpdir(), `sanxin-upload-${randomUUID()}`);
  const hash = createHash('sha256');
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  const out = createWriteStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      hash.update(chunk);
      if (headLength < SIGNATURE_BYTES) {
        headChunks.push(chunk.subarray(0, SIGNATURE_BYTES - headLength));
        headLength += Math.min(chunk.length, SIGNATURE_BYTES - headLength);
      }
      if (!out.write(chunk)) await new Promise<void>((done) => out.once('drain', () => done()));
    }
    await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  } catch (error) {
    out.destroy();
    await rm(path, { force: true });
    throw error;
  }
  return { name, claimedType, size, sha256: hash.digest('hex'), head: new Uint8Array(Buffer.concat(headChunks)), path, truncated: stream.truncated === true };
}
