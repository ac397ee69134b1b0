import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, type AuthProvider, memoryStore, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { HolidayCalendarNotice } from './HolidayCalendarNotice';
import { HolidayImportPage } from './HolidayImportPage';
import type { HolidayImportPreview } from './holidayImportQueries';

const authAs = (role: string): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '郑国强', role }),
  canAccess: async () => true,
});

const PREVIEW: HolidayImportPreview = {
  year: 2027,
  source: 'chinese-days 1.6.0',
  available: true,
  fingerprint: 'f-1',
  added: [
    { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
    { date: '2027-02-14', kind: 'MAKEUP_WORKDAY', name: '春节调休上班' },
  ],
  changed: [{ day: { date: '2027-02-06', kind: 'HOLIDAY', name: '春节' }, current: { id: 'h2', version: 1, date: '2027-02-06', kind: 'MAKEUP_WORKDAY', name: '春节' } }],
  unchanged: [{ id: 'h3', version: 1, date: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' }],
  kept: [{ id: 'h4', version: 1, date: '2027-03-08', kind: 'HOLIDAY', name: '妇女节（本单位半天）' }],
};

function renderWith(role: string, methods: object, ui = <HolidayImportPage />) {
  const dataProvider = testDataProvider(methods as never);
  render(
    <AdminContext dataProvider={dataProvider} authProvider={authAs(role)} i18nProvider={i18nProvider} store={memoryStore()}>
      {ui}
    </AdminContext>,
  );
}

describe('importing the official holidays', { timeout: 30_000 }, () => {
  it('previews what would be added, changed, left and kept, and saves only on confirmation with the previewed fingerprint', async () => {
    const importHolidays = vi.fn(async () => ({ year: 2027, source: PREVIEW.source, added: 2, changed: 1, unchanged: 1 }));
    const holidayImportPreview = vi.fn(async () => PREVIEW);
    renderWith('ADMIN', { holidayImportPreview, importHolidays });
    const added = await screen.findByRole('region', { name: '新增' });
    expect(within(added).getByRole('heading', { name: '新增（2）' })).toBeInTheDocument();
    expect(within(added).getByText('元旦')).toBeInTheDocument();
    expect(within(added).getByText('调休上班')).toBeInTheDocument();
    const changed = screen.getByRole('region', { name: '修改' });
    expect(within(changed).getByText('调休上班 春节')).toBeInTheDocument(); // what is stored now
    expect(within(screen.getByRole('region', { name: '本单位自设（保留不动）' })).getByText('妇女节（本单位半天）')).toBeInTheDocument();
    expect(screen.getByText('数据来源：chinese-days 1.6.0')).toBeInTheDocument();
    expect(importHolidays).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    await waitFor(() => expect(importHolidays).toHaveBeenCalledWith(2027, 'f-1'));
  });

  it('says so when the source has no schedule for the year, and offers nothing to save', async () => {
    renderWith('ADMIN', { holidayImportPreview: async () => ({ ...PREVIEW, available: false, added: [], changed: [], unchanged: [], kept: [] }), importHolidays: vi.fn() });
    expect(await screen.findByText(/还没有 2027 年的官方安排/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '确认导入' })).toBeDisabled();
  });

  it('is for administrators only', async () => {
    const holidayImportPreview = vi.fn(async () => PREVIEW);
    renderWith('SHIFT_LEADER', { holidayImportPreview });
    expect(await screen.findByText('您没有权限执行此操作')).toBeInTheDocument();
    expect(holidayImportPreview).not.toHaveBeenCalled();
  });
});

describe('the notice of a year without holidays', { timeout: 30_000 }, () => {
  it('asks an administrator to import, a shift leader to ask for it, and tells an agent nothing', async () => {
    renderWith('ADMIN', { holidayMissingYears: async () => [2027] }, <HolidayCalendarNotice />);
    expect(await screen.findByTestId('holiday-notice')).toHaveTextContent('2027 年的法定节假日尚未录入');
    expect(screen.getByRole('link', { name: '导入官方节假日' })).toBeInTheDocument();
  });

  it('tells a shift leader to have them imported before publishing', async () => {
    renderWith('SHIFT_LEADER', { holidayMissingYears: async () => [2027] }, <HolidayCalendarNotice />);
    expect(await screen.findByTestId('holiday-notice')).toHaveTextContent('请联系系统管理员导入后再发布排班');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows nothing to an agent, or when every year has its holidays', async () => {
    const missing = vi.fn(async () => [2027]);
    renderWith('AGENT', { holidayMissingYears: missing }, <HolidayCalendarNotice />);
    renderWith('ADMIN', { holidayMissingYears: async () => [] }, <HolidayCalendarNotice />);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByTestId('holiday-notice')).toBeNull();
    expect(missing).not.toHaveBeenCalled();
  });
});
