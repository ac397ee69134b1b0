import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeComplaint, makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { download, jpegPhoto, pngImage, uploadFile } from '../../test/uploads';

type Person = Awaited<ReturnType<TestApp['staffWithToken']>>;
const FIELDS = 'id version name contentType size sha256 url thumbnailUrl uploadedBy { id }';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under the store's folder (the bytes an archive keeps). */
async function storedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe('attachments (附件)', () => {
  let t: TestApp;
  let filesDir: string;
  let agent: Person;
  let otherAgent: Person;
  let inspector: Person;
  let manager: Person;
  let complaintId: string;
  let photo: Buffer;

  const complaint = { type: 'COMPLAINT', get id() { return complaintId; } };
  const upload = (who: Person | null, owner: { type: string; id: string }, file: { name: string; bytes: Buffer; type?: string }, headers?: Record<string, string>) =>
    uploadFile(t.url, who?.token ?? null, owner, file, headers);

  beforeAll(async () => {
    filesDir = await mkdtemp(join(tmpdir(), 'sanxin-files-'));
    t = await startTestApp({ FILES_DIR: filesDir });
    [agent, otherAgent, inspector, manager] = await Promise.all([
      t.staffWithToken('AGENT'),
      t.staffWithToken('AGENT'),
      t.staffWithToken('QA_INSPECTOR'),
      t.staffWithToken('DEPT_MANAGER'),
    ]);
    complaintId = (await makeComplaint(t.dataSource, { ownerId: agent.staff.id, receivedAt: t.clock.now() })).id;
    photo = await jpegPhoto(800, 600);
  });
  afterAll(async () => {
    await t.close();
    await rm(filesDir, { recursive: true, force: true });
  });

  it('takes a photo of a defect on a complaint, lists it with a thumbnail and serves the same bytes back', async () => {
    const uploaded = await upload(agent, complaint, { name: '产品缺陷照片.jpg', bytes: photo, type: 'image/jpeg' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: '产品缺陷照片.jpg', contentType: 'image/jpeg', size: photo.length, sha256: sha256(photo), hasThumbnail: true });
    expect(uploaded.body).not.toHaveProperty('storageKey');

    const shown = await t.gql(`query($id: ID!) { complaint(id: $id) { canAttach attachments { ${FIELDS} } } }`, { id: complaintId }, agent.token);
    const [listed] = shown.data?.complaint.attachments ?? [];
    expect(shown.data?.complaint.canAttach).toBe(true);
    expect(listed).toMatchObject({ id: uploaded.body.id, version: 1, size: photo.length, uploadedBy: { id: agent.staff.id } });
    expect(listed.url).toBe(`/api/attachments/${listed.id}`);

    const file = await download(t.url, listed.url, agent.token);
    expect(file.status).toBe(200);
    expect(sha256(file.bytes)).toBe(sha256(photo));
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('产品缺陷照片.jpg')}`);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');

    const thumbnail = await download(t.url, listed.thumbnailUrl, agent.token);
    expect(thumbnail.status).toBe(200);
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 240 });

    const history = await t.gql(`query($id: ID!) { auditEntries(entity: COMPLAINT, entityId: $id) { action field newValue actor { id } } }`, { id: complaintId }, manager.token);
    expect(history.data?.auditEntries).toContainEqual({ action: 'UPDATE', field: 'attachments', newValue: '产品缺陷照片.jpg', actor: { id: agent.staff.id } });
  });

  it('checks the bytes, not the name: a PNG called .jpg, a program called .pdf and unknown types are refused', async () => {
    const code = (response: { body: Record<string, any> }) => response.body.errors?.[0].extensions.fields?.[0].code;
    const pngAsJpeg = await upload(agent, complaint, { name: 'photo.jpg', bytes: await pngImage() });
    expect(pngAsJpeg.status).toBe(400);
    expect(pngAsJpeg.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'file', code: 'fileContentMismatch' }] });
    expect(code(await upload(agent, complaint, { name: '回函.pdf', bytes: Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode'), type: 'application/pdf' }))).toBe('fileContentMismatch');
    expect(code(await upload(agent, complaint, { name: 'photo.jpg', bytes: photo, type: 'text/html' }))).toBe('fileContentMismatch');
    expect(code(await upload(agent, complaint, { name: 'setup.exe', bytes: Buffer.from('MZ') }))).toBe('unsupportedFileType');
    expect(code(await upload(agent, complaint, { name: 'empty.pdf', bytes: Buffer.alloc(0) }))).toBe('emptyFile');
    expect(await storedFiles(filesDir)).toHaveLength(2); // the photo and its thumbnail only
  });

  it('refuses a file above the size limit of the settings, without storing it', async () => {
    const admin = await t.staffWithToken('ADMIN');
    const SET = `mutation($v: Int!) { updateSetting(key: ATTACHMENT_MAX_SIZE_MB, version: 0, value: $v) { value } }`;
    expect((await t.gql(SET, { v: 1 }, admin.token)).data?.updateSetting.value).toBe(1);
    const jpegOf = (size: number) => Buffer.concat([photo.subarray(0, 16), randomBytes(size - 16)]);
    // Declared far above the limit: refused before reading; just above it: cut off while streaming.
    for (const size of [3 * 1024 * 1024, 1024 * 1024 + 1]) {
      const refused = await upload(agent, complaint, { name: 'big.jpg', bytes: jpegOf(size) });
      expect(refused.status, String(size)).toBe(413);
      expect(refused.body.errors[0].extensions.fields).toMatchObject([{ path: 'file', code: 'fileTooLarge', params: { maxMb: 1 } }]);
    }
    expect((await upload(agent, complaint, { name: 'just-fits.jpg', bytes: jpegOf(1024 * 1024) })).status).toBe(201);
    expect(await storedFiles(filesDir)).toHaveLength(3); // the noise-filled one has no thumbnail
    await t.gql(`mutation { updateSetting(key: ATTACHMENT_MAX_SIZE_MB, version: 1, value: 20) { value } }`, {}, admin.token);
  });

  it('needs a session, the CSRF header and a record that exists', async () => {
    const file = { name: 'a.jpg', bytes: photo };
    expect((await upload(null, complaint, file)).status).toBe(401);
    const noHeader = await upload(agent, complaint, file, {});
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(agent, { type: 'COMPLAINT', id: 'no-such-id' }, file)).status).toBe(404);
    expect((await upload(agent, { type: 'INVOICE', id: complaintId }, file)).body.errors[0].extensions.fields[0]).toMatchObject({ path: 'ownerType', code: 'invalidChoice' });
    expect((await fetch(`${t.url}/api/attachments/whatever`)).status).toBe(401);
  });

  it("lets whoever reads a complaint download its files, and only whoever works it add them", async () => {
    const [listed] = (await t.gql(`query($id: ID!) { complaint(id: $id) { attachments { url } } }`, { id: complaintId }, inspector.token)).data?.complaint.attachments ?? [];
    expect((await download(t.url, listed.url, inspector.token)).status).toBe(200);
    expect((await download(t.url, listed.url, otherAgent.token)).status).toBe(200);
    expect((await upload(otherAgent, complaint, { name: 'x.jpg', bytes: photo })).status).toBe(403);
    expect((await upload(inspector, complaint, { name: 'x.jpg', bytes: photo })).status).toBe(403);
    expect((await upload(manager, complaint, { name: '主任补充.jpg', bytes: photo })).status).toBe(201);
    const other = await t.gql(`query($id: ID!) { complaint(id: $id) { canAttach } }`, { id: complaintId }, otherAgent.token);
    expect(other.data?.complaint.canAttach).toBe(false);
  });

  it("keeps a signed contract from those who may not see the contract's amount", async () => {
    const customerId = (await makeCustomer(t.dataSource, { ownerId: agent.staff.id })).id;
    const created = await t.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
      { input: { number: 'HT-2026-0815', title: '年度维保服务合同', customerId, startDate: '2026-01-01', endDate: '2026-12-31', amount: '36000.00' } },
      agent.token,
    );
    const contract = { type: 'CONTRACT', id: created.data?.createContract.id };
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const signed = await upload(agent, contract, { name: '已签协议.pdf', bytes: pdf, type: 'application/pdf' });
    expect(signed.body).toMatchObject({ contentType: 'application/pdf', hasThumbnail: false });
    const url = `/api/attachments/${signed.body.id}`;
    const LIST = `query($id: ID!) { contract(id: $id) { attachments { id thumbnailUrl } } }`;
    for (const [who, status, count] of [[agent, 200, 1], [manager, 200, 1], [inspector, 403, 0], [otherAgent, 403, 0]] as const) {
      expect((await download(t.url, url, who.token)).status, who.staff.role).toBe(status);
      expect((await t.gql(LIST, { id: contract.id }, who.token)).data?.contract.attachments).toHaveLength(count);
    }
    expect((await download(t.url, `${url}/thumbnail`, agent.token)).status).toBe(404);
  });

  it('removes a file from the list (soft): version-checked, by whoever may add files, its bytes kept', async () => {
    const added = (await upload(agent, complaint, { name: '错传的照片.jpg', bytes: photo })).body;
    const DELETE = `mutation($id: ID!, $v: Int!) { deleteAttachment(id: $id, version: $v) }`;
    expect((await t.gql(DELETE, { id: added.id, v: 1 }, otherAgent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(DELETE, { id: added.id, v: 7 }, agent.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    const before = await storedFiles(filesDir);
    expect((await t.gql(DELETE, { id: added.id, v: 1 }, agent.token)).data?.deleteAttachment).toBe(added.id);
    const names = (await t.gql(`query($id: ID!) { complaint(id: $id) { attachments { name } } }`, { id: complaintId }, agent.token)).data?.complaint.attachments;
    expect(names.map((a: { name: string }) => a.name)).not.toContain('错传的照片.jpg');
    expect((await download(t.url, `/api/attachments/${added.id}`, agent.token)).status).toBe(404);
    expect(await storedFiles(filesDir)).toEqual(before);
    const history = await t.gql(`query($id: ID!) { auditEntries(entity: COMPLAINT, entityId: $id) { field oldValue newValue } }`, { id: complaintId }, manager.token);
    expect(history.data?.auditEntries).toContainEqual({ field: 'attachments', oldValue: '错传的照片.jpg', newValue: null });
  });

  it('takes the bytes back out of the store when the row cannot be written', async () => {
    const before = await storedFiles(filesDir);
    // A real failure of the row's transaction: the table is briefly not there.
    await t.dataSource.query('ALTER TABLE attachment RENAME TO attachment_away');
    let failed: Awaited<ReturnType<typeof upload>>;
    try {
      failed = await upload(agent, complaint, { name: '写入失败的照片.jpg', bytes: photo });
    } finally {
      await t.dataSource.query('ALTER TABLE attachment_away RENAME TO attachment');
    }
    expect(failed.status).toBe(500);
    expect(failed.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await storedFiles(filesDir)).toEqual(before);
  });

  it('keeps the files of an archived interaction with the archive', async () => {
    const customerId = (await makeCustomer(t.dataSource, { ownerId: agent.staff.id })).id;
    const logged = await t.gql(
      `mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id version } }`,
      { input: { customerId, channel: 'LETTER', direction: 'INBOUND', summary: '客户来函反映送货延误' } },
      agent.token,
    );
    const interaction = logged.data?.createInteraction;
    const letter = await upload(agent, { type: 'INTERACTION', id: interaction.id }, { name: '来函扫描件.png', bytes: await pngImage(1200, 1600) });
    expect(letter.status).toBe(201);
    const stored = await storedFiles(filesDir);
    const archived = await t.gql(`mutation($id: ID!, $v: Int!) { deleteInteraction(id: $id, version: $v) }`, { id: interaction.id, v: interaction.version }, manager.token);
    expect(archived.data?.deleteInteraction).toBe(interaction.id);
    const [row] = await t.dataSource.query('SELECT owner_id, archived_at FROM attachment WHERE id = ?', [letter.body.id]);
    expect(row).toMatchObject({ owner_id: interaction.id, archived_at: null });
    expect(await storedFiles(filesDir)).toEqual(stored);
    // The record is gone from everyday reads, and so are its files.
    expect((await download(t.url, `/api/attachments/${letter.body.id}`, manager.token)).status).toBe(404);
  });

  it('loads the files of a whole page of part replacements in one statement', async () => {
    const customerId = (await makeCustomer(t.dataSource, { ownerId: agent.staff.id })).id;
    for (const partName of ['输送带电机', '控制面板', '液压泵']) {
      const created = await t.gql(`mutation($input: CreatePartReplacementInput!) { createPartReplacement(input: $input) { id } }`, { input: { customerId, partName, quantity: 1 } }, agent.token);
      await upload(agent, { type: 'PART_REPLACEMENT', id: created.data?.createPartReplacement.id }, { name: `${partName}.jpg`, bytes: photo });
    }
    const statements = async (fields: string) => {
      const before = t.stats.length;
      const result = await t.gql(`query($c: ID!) { partReplacements(filter: { customerId: $c }) { items { id ${fields} } } }`, { c: customerId }, agent.token);
      expect(result.errors).toBeUndefined();
      return { count: t.stats.slice(before).reduce((sum, s) => sum + s.statements, 0), items: result.data?.partReplacements.items };
    };
    const without = await statements('');
    const withFiles = await statements('canAttach attachments { name uploadedBy { name } }');
    expect(withFiles.items.map((i: { attachments: unknown[] }) => i.attachments.length)).toEqual([1, 1, 1]);
    expect(withFiles.count - without.count).toBe(2); // the files, then their uploaders
  });
});
