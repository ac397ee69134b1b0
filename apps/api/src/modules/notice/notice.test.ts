import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';

const FIELDS = 'id version kind title body status pinned publishedAt readAt availableActions author { id } publishedBy { id }';
const CREATE = `mutation($input: CreateNoticeInput!) { createNotice(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateNoticeInput!) { updateNotice(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!) { publishNotice(id: $id, version: $version, input: { note: "晨会宣读" }) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $version: Int!) { archiveNotice(id: $id, version: $version) { ${FIELDS} } }`;
const READ = `mutation($id: ID!) { markNoticeRead(id: $id) { ${FIELDS} } }`;
const SHOW = `query($id: ID!) { notice(id: $id) { ${FIELDS} receiptProgress { expected read percent receipts { staff { id } readAt } notYet { id } } } }`;
const LIST = 'query($filter: NoticeFilter) { notices(filter: $filter, page: { limit: 200 }) { items { id title status readAt } total } }';

describe('notices (公告) and read receipts (签收)', () => {
  let t: TestApp;
  let manager: { id: string; token: string };
  let agent: { id: string; token: string };
  let otherAgent: { id: string; token: string };
  let leader: string;
  let admin: string;
  let inspector: string;

  beforeAll(async () => {
    t = await startTestApp();
    const people = await Promise.all(
      ['DEPT_MANAGER', 'AGENT', 'AGENT', 'SHIFT_LEADER', 'ADMIN', 'QA_INSPECTOR'].map((role) => t.staffWithToken(role as 'AGENT')),
    );
    [manager, agent, otherAgent] = people.slice(0, 3).map(({ staff, token }) => ({ id: staff.id, token }));
    [leader, admin, inspector] = people.slice(3).map((p) => p.token);
  });
  afterAll(() => t.close());

  const draft = async (input: Record<string, unknown> = {}, token = manager.token) =>
    t.gql(
      CREATE,
      { input: { kind: 'POLICY_CHANGE', title: '关于退货政策调整的通知', body: '自12月1日起，质量问题退货期限由7天延长至15天。', ...input } },
      token,
    );
  const published = async (input: Record<string, unknown> = {}) => {
    const notice = (await draft(input)).data?.createNotice;
    return (await t.gql(PUBLISH, { id: notice.id, version: notice.version }, manager.token)).data?.publishNotice;
  };

  it('is written as a draft that only publishers see, then published to everyone with an audit trail', async () => {
    const created = await draft();
    expect(created.errors).toBeUndefined();
    const notice = created.data?.createNotice;
    expect(notice).toMatchObject({
      version: 1,
      status: 'DRAFT',
      publishedAt: null,
      readAt: null,
      availableActions: ['PUBLISH', 'ARCHIVE'],
      author: { id: manager.id },
    });
    expect((await t.gql(SHOW, { id: notice.id }, agent.token)).data?.notice).toBeNull();
    expect((await t.gql(LIST, {}, agent.token)).data?.notices.items.map((n: { id: string }) => n.id)).not.toContain(notice.id);

    const result = await t.gql(PUBLISH, { id: notice.id, version: 1 }, manager.token);
    expect(result.errors).toBeUndefined();
    // The publisher has read what they published: their receipt is signed with it.
    expect(result.data?.publishNotice).toMatchObject({ version: 2, status: 'PUBLISHED', publishedBy: { id: manager.id }, availableActions: ['ARCHIVE'] });
    expect(result.data?.publishNotice.readAt).toBe(result.data?.publishNotice.publishedAt);
    expect((await t.gql(SHOW, { id: notice.id }, agent.token)).data?.notice).toMatchObject({
      status: 'PUBLISHED',
      readAt: null,
      availableActions: [],
      receiptProgress: null,
    });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: notice.id });
    expect(audit.map((a) => `${a.action}:${a.field ?? ''}:${a.newValue}`).sort()).toEqual([
      'CREATE::关于退货政策调整的通知',
      'UPDATE:note:晨会宣读',
      'UPDATE:status:PUBLISHED',
    ]);
  });

  it("lists an agent's unread notices until they read them; reading twice keeps the first time and writes nothing", async () => {
    const notice = await published({ title: '双十二优惠活动口径', kind: 'OFFER' });
    const unread = async (token: string) => (await t.gql(LIST, { filter: { awaitingMe: true } }, token)).data?.notices.items.map((n: { id: string }) => n.id);
    expect(await unread(agent.token)).toContain(notice.id);
    expect(await unread(manager.token)).not.toContain(notice.id);

    const first = await t.gql(READ, { id: notice.id }, agent.token);
    expect(first.errors).toBeUndefined();
    const readAt = first.data?.markNoticeRead.readAt;
    expect(readAt).toBe(t.clock.now().toISOString());
    t.clock.advance(60_000);
    const again = await t.gql(READ, { id: notice.id }, agent.token);
    expect(again.data?.markNoticeRead).toMatchObject({ readAt, version: notice.version });
    const rows = await t.dataSource.query('SELECT COUNT(*) AS n FROM notice_receipt WHERE notice_id = ? AND staff_id = ?', [notice.id, agent.id]);
    expect(Number(rows[0].n)).toBe(1);
    expect(await unread(agent.token)).not.toContain(notice.id);
    expect(await unread(otherAgent.token)).toContain(notice.id);
    const read = (await t.gql(LIST, { filter: { awaitingMe: false } }, agent.token)).data?.notices.items.map((n: { id: string }) => n.id);
    expect(read).toEqual([notice.id]);
  });

  it('shows the publisher and the leaders who has read a notice and who not yet', async () => {
    const notice = await published({ title: '新品上市：智能温控器 T2' });
    await t.gql(READ, { id: notice.id }, agent.token);
    await t.gql(READ, { id: notice.id }, admin);
    const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM staff WHERE active = ? AND role <> 'ADMIN'", [true]);
    for (const token of [manager.token, leader, admin]) {
      const progress = (await t.gql(SHOW, { id: notice.id }, token)).data?.notice.receiptProgress;
      expect(progress).toMatchObject({ expected: Number(n), read: 2 });
      expect(progress.percent).toBeCloseTo(200 / Number(n), 1);
      // The administrator read it too, but is not among those expected to.
      expect(progress.receipts.map((r: { staff: { id: string } }) => r.staff.id)).toHaveLength(3);
      const notYet = progress.notYet.map((s: { id: string }) => s.id);
      expect(notYet).toContain(otherAgent.id);
      expect(notYet).not.toContain(agent.id);
      expect(notYet).toHaveLength(Number(n) - 2);
    }
    expect((await t.gql(SHOW, { id: notice.id }, inspector)).data?.notice.receiptProgress).toBeNull();
  });

  it('keeps a published text as it was read: only 置顶 changes; archived notices ask nobody to read them', async () => {
    const notice = await published({ title: '系统维护通知', kind: 'SYSTEM' });
    const edit = await t.gql(UPDATE, { id: notice.id, version: notice.version, input: { body: '改过的正文' } }, manager.token);
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'body', code: 'noticeNotEditable' }] });
    const pinned = await t.gql(UPDATE, { id: notice.id, version: notice.version, input: { pinned: true } }, manager.token);
    expect(pinned.data?.updateNotice).toMatchObject({ pinned: true, version: notice.version + 1, body: notice.body });
    const list = (await t.gql(LIST, {}, otherAgent.token)).data?.notices.items;
    expect(list[0].id).toBe(notice.id);

    const archived = await t.gql(ARCHIVE, { id: notice.id, version: notice.version + 1 }, manager.token);
    expect(archived.data?.archiveNotice).toMatchObject({ status: 'ARCHIVED', availableActions: [] });
    expect((await t.gql(LIST, { filter: { awaitingMe: true } }, otherAgent.token)).data?.notices.items.map((n: { id: string }) => n.id)).not.toContain(
      notice.id,
    );
    const late = await t.gql(READ, { id: notice.id }, otherAgent.token);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'id', code: 'noticeNotPublished' }] });
    const again = await t.gql(PUBLISH, { id: notice.id, version: notice.version + 2 }, manager.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'ARCHIVED', action: 'publish', allowed: [] });
  });

  it('answers CONFLICT for a stale version and NOT_FOUND for an unknown id or a draft an agent asks to read', async () => {
    const notice = (await draft({ title: '草稿' })).data?.createNotice;
    await t.gql(UPDATE, { id: notice.id, version: 1, input: { title: '草稿 2' } }, manager.token);
    const stale = await t.gql(PUBLISH, { id: notice.id, version: 1 }, manager.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await t.gql(READ, { id: notice.id }, agent.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(READ, { id: '01900000-0000-7000-8000-000000000000' }, agent.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM notice WHERE id = ? AND status = 'DRAFT'", [notice.id]);
    expect(Number(n)).toBe(1);
  });

  it('lets the manager, the director and the administrator publish; leaders, inspectors and agents only read', async () => {
    for (const token of [agent.token, leader, inspector]) {
      expect((await draft({}, token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const system = await draft({ kind: 'SYSTEM', title: '今晚 22:00 系统升级' }, admin);
    expect(system.errors).toBeUndefined();
    const notice = system.data?.createNotice;
    expect((await t.gql(PUBLISH, { id: notice.id, version: 1 }, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(ARCHIVE, { id: notice.id, version: 1 }, agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('finds Chinese text anywhere in title or body, 4-byte characters too, and treats % and _ as text', async () => {
    const a = await published({ title: '关于𠮷祥物流价格调整的说明', body: '运费上调 5%，偏远地区另计。' });
    const b = await published({ title: '配送时效说明', body: '同城次日达' });
    const ids = async (q: string) => (await t.gql(LIST, { filter: { q } }, agent.token)).data?.notices.items.map((n: { id: string }) => n.id);
    expect(await ids('价格调整')).toEqual([a.id]);
    expect(await ids('𠮷祥')).toEqual([a.id]);
    expect(await ids('5%')).toEqual([a.id]);
    expect(await ids('次日')).toEqual([b.id]);
    expect(await ids('%')).toEqual([a.id]);
    expect(await ids('不存在的词')).toEqual([]);
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await t.dataSource.query('SELECT COUNT(*) AS n FROM notice');
    const empty = await draft({ title: '  ', body: '' });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'title', code: 'required' },
        { path: 'body', code: 'required' },
      ],
    });
    const long = await draft({ body: '长'.repeat(5001) });
    expect(long.errors?.[0].extensions.fields).toMatchObject([{ path: 'body', code: 'tooLong', params: { max: 5000 } }]);
    const kind = await draft({ kind: 'GOSSIP' });
    expect(kind.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const note = await t.gql(
      'mutation($id: ID!) { publishNotice(id: $id, version: 1, input: { note: $note }) { id } }'.replace('$note', JSON.stringify('注'.repeat(501))),
      { id: (await draft()).data?.createNotice.id },
      manager.token,
    );
    expect(note.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong' }] });
    const after = await t.dataSource.query('SELECT COUNT(*) AS n FROM notice');
    // Only the draft the refused publish was about was written; it is still a draft.
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
    const [{ drafts }] = await t.dataSource.query(
      "SELECT COUNT(*) AS drafts FROM notice_receipt r JOIN notice n ON n.id = r.notice_id WHERE n.status = 'DRAFT'",
    );
    expect(Number(drafts)).toBe(0);
  });

  it('reads a page of notices with receipts and progress in the same number of statements for 3 as for 20', async () => {
    for (let i = 0; i < 20; i++) await published({ title: `批量公告 ${i}` });
    const query =
      '{ notices(page: { limit: $n }) { items { id readAt author { name } publishedBy { name } receiptProgress { read notYet { name } receipts { staff { name } } } } } }';
    const count = async (n: number) => {
      t.stats.length = 0;
      const result = await t.gql(query.replace('$n', String(n)), undefined, manager.token);
      expect(result.errors).toBeUndefined();
      expect(result.data?.notices.items).toHaveLength(n);
      return t.stats[0].statements;
    };
    expect(await count(20)).toBe(await count(3));
  });
});
