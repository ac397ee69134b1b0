import { addBusinessHours } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHolidays } from '../../db/seed/demo-holidays';
import { startTestApp, type TestApp } from '../../test/test-app';
import { readBusinessCalendar } from './calendar.service';

const CREATE = `mutation($input: CreateHolidayInput!) { createHoliday(input: $input) { id version date kind name } }`;

describe('holidays and the business calendar', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.staffWithToken('ADMIN')).token;
  });
  afterAll(() => t.close());

  it('are configured by administrators only, one entry per date', async () => {
    const created = await t.gql(CREATE, { input: { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' } }, admin);
    expect(created.data?.createHoliday).toMatchObject({ version: 1, date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' });
    const again = await t.gql(CREATE, { input: { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' } }, admin);
    expect(again.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'date', code: 'duplicate' })]);
    // An impossible date is refused by the LocalDate scalar, before the rules: a blank name is the rules'.
    const badDate = await t.gql(CREATE, { input: { date: '2026-13-01', kind: 'HOLIDAY', name: '国庆节' } }, admin);
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'date', code: 'invalidDate' }] });
    const blank = await t.gql(CREATE, { input: { date: '2026-10-02', kind: 'HOLIDAY', name: '' } }, admin);
    expect(blank.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'name', code: 'required' })]);
    const leader = (await t.staffWithToken('SHIFT_LEADER')).token;
    expect((await t.gql(CREATE, { input: { date: '2026-10-02', kind: 'HOLIDAY', name: '国庆节' } }, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const listed = await t.gql('{ holidays(filter: { year: 2026 }) { total items { date } } }', {}, leader);
    expect(listed.data?.holidays).toEqual({ total: 1, items: [{ date: '2026-10-01' }] });
  });

  it('gives business-time deadlines that skip the holidays stored in the database', async () => {
    await t.dataSource.query('DELETE FROM holiday');
    for (const day of demoHolidays()) await t.gql(CREATE, { input: day }, admin);
    const calendar = await readBusinessCalendar(t.dataSource.manager, 'Asia/Shanghai', '2026-09-01', '2026-10-31');
    expect(calendar.days.filter((d) => d.kind === 'MAKEUP_WORKDAY').map((d) => d.date)).toEqual(['2026-09-20', '2026-10-10']);
    expect(addBusinessHours(new Date('2026-09-30T15:30:00+08:00'), 24, calendar)).toEqual(new Date('2026-10-10T12:30:00+08:00'));
  });
});
