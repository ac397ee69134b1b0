import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SETTING_CHOICES, SETTING_KEYS, SETTINGS, settingArea } from '@sanxin/domain';
import { AdminContext, type AuthProvider, memoryStore, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { SettingsPage } from './SettingsPage';
import type { Setting } from './settingsQueries';

const authAs = (role: string): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '郑国强', role }),
  canAccess: async () => true,
});

/** Every setting the domain has, at its default (version 0), one saved. */
function records(): Setting[] {
  return SETTING_KEYS.map((key) => {
    const { default: value, min, max, unit } = SETTINGS[key];
    return { key, value, version: 0, defaultValue: value, min, max, unit, area: settingArea(key), choices: SETTING_CHOICES[key] ? [...(SETTING_CHOICES[key] as string[])] : null, updatedAt: '1970-01-01T00:00:00.000Z' };
  }).map((record) => (record.key === 'contract.expiringWindowDays' ? { ...record, value: 45, version: 3 } : record));
}

function renderPage(role = 'ADMIN') {
  const dataProvider = testDataProvider({
    settings: vi.fn(async () => records()),
    updateSetting: vi.fn(async (key: string, _version: number, value: number) => ({ ...records().find((r) => r.key === key), value })),
    auditEntries: vi.fn(async () => [{ id: 'a1', entity: 'setting', entityId: 'contract.expiringWindowDays', action: 'UPDATE', field: 'value', oldValue: '30', newValue: '45', at: '2026-11-02T01:00:00Z', actor: { id: 'u1', name: '郑国强' } }]),
  } as never);
  render(
    <AdminContext dataProvider={dataProvider} authProvider={authAs(role)} i18nProvider={i18nProvider} store={memoryStore()}>
      <SettingsPage />
    </AdminContext>,
  );
  return dataProvider as unknown as { updateSetting: ReturnType<typeof vi.fn>; auditEntries: ReturnType<typeof vi.fn> };
}

const row = (key: string) => document.querySelector(`[data-setting="${key}"]`) as HTMLElement;
const findRow = (key: string) =>
  waitFor(() => {
    if (!row(key)) throw new Error(`no setting ${key} yet`);
    return row(key);
  });

describe('settings page', { timeout: 30_000 }, () => {
  it('shows every setting the API has, grouped by area, in Chinese, with its default and range', async () => {
    renderPage();
    await screen.findByRole('region', { name: '排班与工时' });
    for (const area of ['投诉处理', '客户分配', '合同', '排班与工时', '工作时间与节假日']) expect(screen.getByRole('region', { name: area })).toBeInTheDocument();
    expect(document.querySelectorAll('[data-setting]')).toHaveLength(SETTING_KEYS.length);
    const hours = within(screen.getByRole('region', { name: '排班与工时' }));
    expect(hours.getByLabelText('电话客服每月工时上限')).toHaveValue(210);
    expect(within(row('scheduling.maxMonthlyHours.PHONE')).getByText('默认 210，可设 40 – 320')).toBeInTheDocument();
    // A time of day is a time, not a number of minutes.
    expect(within(row('calendar.workdayStartMinute')).getByLabelText('工作时间开始')).toHaveValue('08:30');
  });

  it('checks a value with the domain’s own rule before saving, and saves with the version it read', async () => {
    const dataProvider = renderPage();
    const end = await within(await findRow('calendar.workdayEndMinute')).findByLabelText('工作时间结束');
    fireEvent.change(end, { target: { value: '08:00' } });
    expect(within(row('calendar.workdayEndMinute')).getByText('工作时间结束须晚于开始')).toBeInTheDocument();
    expect(within(row('calendar.workdayEndMinute')).getByRole('button', { name: '保存' })).toBeDisabled();

    const days = within(row('contract.expiringWindowDays')).getByLabelText('合同到期提醒提前天数');
    fireEvent.change(days, { target: { value: '400' } });
    expect(within(row('contract.expiringWindowDays')).getByText('须在 1 到 365 之间')).toBeInTheDocument();
    fireEvent.change(days, { target: { value: '60' } });
    fireEvent.click(within(row('contract.expiringWindowDays')).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(dataProvider.updateSetting).toHaveBeenCalledWith('contract.expiringWindowDays', 3, 60));
  });

  it('resets a changed setting to its default, and shows its change history from the audit log', async () => {
    const dataProvider = renderPage();
    const changed = await findRow('contract.expiringWindowDays');
    expect(within(row('scheduling.minRestHours')).getByRole('button', { name: '恢复默认' })).toBeDisabled();
    fireEvent.click(within(changed).getByRole('button', { name: '恢复默认' }));
    await waitFor(() => expect(dataProvider.updateSetting).toHaveBeenCalledWith('contract.expiringWindowDays', 3, 30));
    fireEvent.click(within(changed).getByRole('button', { name: '变更记录' }));
    expect(await within(changed).findByText('30 → 45')).toBeInTheDocument();
    expect(within(changed).getByText('郑国强')).toBeInTheDocument();
    expect(dataProvider.auditEntries).toHaveBeenCalledWith('setting', 'contract.expiringWindowDays');
  });

  it('offers a CHOICE setting (the escalation clock) and a flag (who approves) as a dropdown of labelled values, not a number box', async () => {
    const dataProvider = renderPage();
    const clockRow = await findRow('complaint.escalationClock');
    expect(within(clockRow).queryByRole('spinbutton')).toBeNull();
    expect(within(clockRow).getByText('默认：自然小时（昼夜、周末、节假日都计）')).toBeInTheDocument();
    fireEvent.mouseDown(within(clockRow).getByRole('combobox', { name: '超时升级计时方式' }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['自然小时（昼夜、周末、节假日都计）', '工作小时（只计工作日的上班时间）']);
    fireEvent.click(screen.getByRole('option', { name: '工作小时（只计工作日的上班时间）' }));
    fireEvent.click(within(clockRow).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(dataProvider.updateSetting).toHaveBeenCalledWith('complaint.escalationClock', 0, 1));

    // One approver may be turned off while the other stays on (the domain keeps at least one).
    const manager = row('complaint.approver.DEPT_MANAGER');
    fireEvent.mouseDown(within(manager).getByRole('combobox', { name: '客服部主任可审批处理方案' }));
    fireEvent.click(await screen.findByRole('option', { name: '否' }));
    expect(within(manager).getByRole('button', { name: '保存' })).toBeEnabled();
    const director = row('complaint.approver.CENTER_DIRECTOR');
    expect(within(director).getByRole('combobox', { name: '客服中心主任可审批处理方案' })).toHaveTextContent('是');
  });

  it('is not for anyone but an administrator', async () => {
    renderPage('DEPT_MANAGER');
    expect(await screen.findByText('您没有权限执行此操作')).toBeInTheDocument();
    expect(document.querySelector('[data-setting]')).toBeNull();
  });
});
