import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../../config';

/** Where attachment bytes live. Keys are ours (ids), never a user's file name. */
export interface FileStore {
  /** Stores a finished local file under `key` (the file is consumed). */
  put(key: string, file: string, contentType: string): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  open(key: string): Promise<Readable | null>;
  has(key: string): Promise<boolean>;
  /** Deletes the bytes under `key`; a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Local disk (`FILES_DIR`, default data/files): one file per key, written whole and then renamed into place. */
export class DiskFileStore implements FileStore {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(key: string, file: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    await pipeline(createReadStream(file), createWriteStream(partial));
    await rename(partial, target);
    await rm(file, { force: true });
  }

  async open(key: string): Promise<Readable | null> {
    return (await this.has(key)) ? createReadStream(this.pathOf(key)) : null;
  }

  async has(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return join(this.root, ...key.split('/'));
  }
}

/** An S3-compatible bucket (`S3_URL=http://key:secret@host:port/bucket`, path-style addressing). */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(url: string) {
    const parsed = new URL(url);
    this.bucket = parsed.pathname.replace(/^\/|\/$/g, '');
    this.client = new S3Client({
      endpoint: `${parsed.protocol}//${parsed.host}`,
      region: process.env.AWS_REGION ?? 'us-east-1',
      forcePathStyle: true,
      // Plain bodies, no aws-chunked CRC framing: not every S3-compatible server understands it (s3rver stores the frames as data).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials: { accessKeyId: decodeURIComponent(parsed.username), secretAccessKey: decodeURIComponent(parsed.password) },
    });
  }

  async put(key: string, file: string, contentType: string): Promise<void> {
    const { size } = await stat(file);
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: createReadStream(file), ContentLength: size, ContentType: contentType }));
    await rm(file, { force: true });
  }

  async open(key: string): Promise<Readable | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return object.Body as Readable;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey || error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

export function createFileStore(files: Config['files']): FileStore {
  return files.s3Url ? new S3FileStore(files.s3Url) : new DiskFileStore(files.dir);
}
