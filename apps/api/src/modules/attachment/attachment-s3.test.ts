import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { download, jpegPhoto, uploadFile } from '../../test/uploads';

const BUCKET = 'sanxin-files';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** With `S3_URL` set, the files go to a real S3-compatible server (s3rver, started here on a free port). */
describe('attachments in S3-compatible storage', () => {
  let server: S3rver;
  let dir: string;
  let endpoint: string;
  let t: TestApp;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sanxin-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
    const address = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
    // FILES_DIR points where nothing may be written: every byte has to go to the bucket.
    t = await startTestApp({ S3_URL: `http://S3RVER:S3RVER@127.0.0.1:${address.port}/${BUCKET}`, FILES_DIR: '/nonexistent/sanxin-files' });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the file and its thumbnail in the bucket and serves them back', async () => {
    const agent = await t.staffWithToken('AGENT');
    const complaint = await makeComplaint(t.dataSource, { ownerId: agent.staff.id, receivedAt: t.clock.now() });
    const photo = await jpegPhoto(1024, 768);
    const uploaded = await uploadFile(t.url, agent.token, { type: 'COMPLAINT', id: complaint.id }, { name: '现场照片.jpg', bytes: photo, type: 'image/jpeg' });
    expect(uploaded.status).toBe(201);

    const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    const objects = (listed.Contents ?? []).map((o) => [o.Key?.split('/')[0], o.Size]);
    expect(objects.sort()).toEqual([['files', photo.length], ['thumbnails', expect.any(Number)]].sort());

    const file = await download(t.url, `/api/attachments/${uploaded.body.id}`, agent.token);
    expect(file.status).toBe(200);
    expect(sha256(file.bytes)).toBe(sha256(photo));
    const thumbnail = await download(t.url, `/api/attachments/${uploaded.body.id}/thumbnail`, agent.token);
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 240 });

    // Removing it from the list keeps the bytes in the bucket.
    await t.gql(`mutation($id: ID!) { deleteAttachment(id: $id, version: 1) }`, { id: uploaded.body.id }, agent.token);
    expect((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).KeyCount).toBe(2);

    // A row that cannot be written takes its bytes back out of the bucket.
    await t.dataSource.query('ALTER TABLE attachment RENAME TO attachment_away');
    try {
      expect((await uploadFile(t.url, agent.token, { type: 'COMPLAINT', id: complaint.id }, { name: '写入失败.jpg', bytes: photo })).status).toBe(500);
    } finally {
      await t.dataSource.query('ALTER TABLE attachment_away RENAME TO attachment');
    }
    expect((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).KeyCount).toBe(2);
  });
});
