import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Holiday } from './holiday.entity';

const HOLIDAYS_DIR = join(__dirname, '../../test/fixtures/holidays');
const PREVIEW = `query($year: Int!) {
  holidayImportPreview(year: $year) {
    year source available fingerprint
    added { date kind name }
    changed { day { date kind name } current { id date kind name } }
    unchanged { date }
    kept { date name }
  }
}`;
const IMPORT = `mutation($year: Int!, $fingerprint: String!) { importHolidays(year: $year, fingerprint: $fingerprint) { year source added changed unchanged } }`;
const CREATE = `mutation($input: CreateHolidayInput!) { createHoliday(input: $input) { id } }`;
const STATUS = `{ holidayCalendarStatus { missingYears } }`;

describe('importing the official holiday schedule', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;

  beforeAll(async () => {
    t = await startTestApp({ HOLIDAYS_DIR });
    admin = (await t.staffWithToken('ADMIN')).token;
    leader = (await t.staffWithToken('SHIFT_LEADER')).token;
  });
  afterAll(() => t.close());

  it('previews a year the chinese-days package ships (2026: 元旦, 春节, 国庆 and their 调休) without saving anything', async () => {
    const preview = (await t.gql(PREVIEW, { year: 2026 }, admin)).data?.holidayImportPreview;
    expect(preview).toMatchObject({ year: 2026, available: true, changed: [], unchanged: [], kept: [] });
    expect(preview.source).toMatch(/^chinese-days \d+\.\d+\.\d+$/);
    expect(preview.added).toContainEqual({ date: '2026-01-01', kind: 'HOLIDAY', name: '元旦' });
    expect(preview.added).toContainEqual({ date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' });
    expect(preview.added).toContainEqual({ date: '2026-04-05', kind: 'HOLIDAY', name: '清明节' });
    expect(preview.added.filter((d: { kind: string }) => d.kind === 'HOLIDAY')).toHaveLength(33);
    expect(await t.dataSource.getRepository(Holiday).count()).toBe(0);
  });

  it('is for administrators only', async () => {
    expect((await t.gql(PREVIEW, { year: 2026 }, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(IMPORT, { year: 2026, fingerprint: 'x' }, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(PREVIEW, { year: 1999 }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year', code: 'outOfRange' }] });
  });

  it('says when no source has the year yet, and refuses to import it', async () => {
    const preview = (await t.gql(PREVIEW, { year: 2031 }, admin)).data?.holidayImportPreview;
    expect(preview).toMatchObject({ available: false, added: [], changed: [] });
    const refused = await t.gql(IMPORT, { year: 2031, fingerprint: preview.fingerprint }, admin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year', code: 'noOfficialSchedule' }] });
  });

  it('saves the previewed 2027 (from HOLIDAYS_DIR): adds, corrects, keeps the department’s own days, audits, and refuses a stale preview', async () => {
    await t.gql(CREATE, { input: { date: '2027-01-01', kind: 'MAKEUP_WORKDAY', name: '元旦' } }, admin);
    await t.gql(CREATE, { input: { date: '2027-03-08', kind: 'HOLIDAY', name: '妇女节（本单位半天）' } }, admin);
    const preview = (await t.gql(PREVIEW, { year: 2027 }, admin)).data?.holidayImportPreview;
    expect(preview.source).toBe(`${HOLIDAYS_DIR}/2027.json`);
    expect(preview.changed).toEqual([{ day: { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' }, current: expect.objectContaining({ date: '2027-01-01', kind: 'MAKEUP_WORKDAY' }) }]);
    expect(preview.kept).toEqual([{ date: '2027-03-08', name: '妇女节（本单位半天）' }]);
    expect(preview.added).toHaveLength(36);

    // Someone changes the stored days between the preview and the confirmation.
    const sneaky = (await t.gql(CREATE, { input: { date: '2027-12-31', kind: 'HOLIDAY', name: '年终盘点' } }, admin)).data?.createHoliday.id;
    const stale = await t.gql(IMPORT, { year: 2027, fingerprint: preview.fingerprint }, admin);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await t.dataSource.getRepository(Holiday).count()).toBe(3);

    const fresh = (await t.gql(PREVIEW, { year: 2027 }, admin)).data?.holidayImportPreview;
    const saved = await t.gql(IMPORT, { year: 2027, fingerprint: fresh.fingerprint }, admin);
    expect(saved.data?.importHolidays).toEqual({ year: 2027, source: `${HOLIDAYS_DIR}/2027.json`, added: 36, changed: 1, unchanged: 0 });
    expect(await t.dataSource.getRepository(Holiday).findOneBy({ date: '2027-01-01' })).toMatchObject({ kind: 'HOLIDAY', name: '元旦', version: 2 });
    expect(await t.dataSource.getRepository(Holiday).findOneBy({ id: sneaky })).toMatchObject({ name: '年终盘点' });

    const again = (await t.gql(PREVIEW, { year: 2027 }, admin)).data?.holidayImportPreview;
    expect(again).toMatchObject({ added: [], changed: [] });
    expect(again.unchanged).toHaveLength(37);
    const corrected = fresh.changed[0].current.id;
    const history = await t.gql(`query($id: ID!) { auditEntries(entity: HOLIDAY, entityId: $id) { action field oldValue newValue } }`, { id: corrected }, admin);
    expect(history.data?.auditEntries).toContainEqual({ action: 'UPDATE', field: 'kind', oldValue: 'MAKEUP_WORKDAY', newValue: 'HOLIDAY' });
    const added = await t.dataSource.getRepository(Holiday).findOneByOrFail({ date: '2027-02-06' });
    const addedHistory = await t.gql(`query($id: ID!) { auditEntries(entity: HOLIDAY, entityId: $id) { action newValue } }`, { id: added.id }, admin);
    expect(addedHistory.data?.auditEntries).toEqual([{ action: 'CREATE', newValue: `2027-02-06 春节 (${HOLIDAYS_DIR}/2027.json)` }]);
  });
});

describe('a year without public holidays, by the business clock', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2030-10-31T15:59:00Z')); // sessions live on this clock
    admin = (await t.staffWithToken('ADMIN')).token;
    await t.gql(CREATE, { input: { date: '2030-01-01', kind: 'HOLIDAY', name: '元旦' } }, admin);
  });
  afterAll(() => t.close());

  it('is announced for next year from 1 November in Shanghai (a setting), for this year always', async () => {
    const agent = (await t.staffWithToken('AGENT')).token;
    expect((await t.gql(STATUS, {}, agent)).data?.holidayCalendarStatus).toEqual({ missingYears: [] });
    t.clock.set(new Date('2030-10-31T16:00:00Z')); // 1 November, 00:00 in Shanghai
    expect((await t.gql(STATUS, {}, agent)).data?.holidayCalendarStatus).toEqual({ missingYears: [2031] });
    await t.gql(`mutation { updateSetting(key: CALENDAR_HOLIDAY_NOTICE_MONTH, version: 0, value: 12) { value } }`, {}, admin);
    expect((await t.gql(STATUS, {}, agent)).data?.holidayCalendarStatus).toEqual({ missingYears: [] });
    t.clock.set(new Date('2031-03-01T00:00:00Z'));
    expect((await t.gql(STATUS, {}, (await t.staffWithToken('AGENT')).token)).data?.holidayCalendarStatus).toEqual({ missingYears: [2031] });
  });
});
