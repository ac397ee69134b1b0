import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@sanxin/domain';
import { Notification, reactRouterProvider, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import { ImportButton } from './ImportButton';
import { ImportJobPage } from './ImportJobPage';
import { ImportPage } from './ImportPage';
import type { ImportJobView, ImportRowView } from './importQueries';

const { Route, Routes } = reactRouterProvider;

const row = (rowNumber: number, patch: Partial<ImportRowView>): ImportRowView => ({
  rowNumber,
  status: 'VALID',
  matchRow: null,
  errors: [],
  values: [{ field: 'name', value: `客户${rowNumber}` }],
  customer: null,
  contract: null,
  duplicateOfCustomer: null,
  duplicateOfContract: null,
  ...patch,
});

const job = (patch: Partial<ImportJobView> = {}): ImportJobView => ({
  id: 'j1',
  version: 1,
  kind: 'CUSTOMERS',
  status: 'DRY_RUN',
  fileName: '新客户.csv',
  totalRows: 3,
  validCount: 1,
  invalidCount: 1,
  duplicateCount: 1,
  importedCount: 0,
  createdAt: '2026-12-01T02:00:00.000Z',
  finishedAt: null,
  availableActions: ['RUN', 'CANCEL'],
  createdBy: { id: 'm1', name: '郑国强' },
  rows: {
    total: 3,
    items: [
      row(2, {}),
      row(3, { status: 'INVALID', errors: [{ path: 'phone', code: 'invalidPhone', params: null }] }),
      row(4, { status: 'DUPLICATE', errors: [{ path: 'phone', code: 'duplicateExisting', params: null }], duplicateOfCustomer: { id: 'c9', name: '宁波港华物流' } }),
    ],
  },
  ...patch,
});

function open(path: string, role: Role, dataProvider: Record<string, unknown>) {
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <TestAdmin authProvider={signedInAs({ id: 'm1', fullName: '郑国强', role })} dataProvider={{ ...testDataProvider(), ...dataProvider }}>
        <Routes>
          <Route path="/imports" element={<ImportPage />} />
          <Route path="/imports/:id" element={<ImportJobPage />} />
          <Route path="/button" element={<ImportButton kind="CUSTOMERS" />} />
        </Routes>
        <Notification />
      </TestAdmin>
    </TestMemoryRouter>,
  );
}

describe('批量导入', { timeout: 40_000 }, () => {
  it('shows the dry run: counts, status chips, the domain’s messages per column and the record a duplicate matches', async () => {
    open('/imports/j1', 'DEPT_MANAGER', { importJob: vi.fn(async () => job()) });
    const table = await screen.findByRole('table', { name: '逐行结果' }, { timeout: 20_000 });
    expect(screen.getByTestId('import-counts').textContent).toBe('共 3 行：有效 1，有错误 1，重复 1，已导入 0');
    const invalid = within(table).getAllByRole('row')[2];
    expect(invalid.textContent).toContain('有错误');
    expect(invalid.textContent).toContain('电话: 电话号码格式不正确');
    const duplicate = within(table).getAllByRole('row')[3];
    expect(duplicate.textContent).toContain('与已有记录重复');
    expect(within(duplicate).getByRole('link', { name: '宁波港华物流' }).getAttribute('href')).toBe('/customers/c9/show');
  });

  it('imports the valid rows after a confirmation, then links each imported row to its customer', async () => {
    const importJob = vi.fn(async () => job());
    const runImport = vi.fn(async () => {
      importJob.mockResolvedValue(job({ status: 'DONE', version: 3, importedCount: 1, availableActions: [], rows: { total: 1, items: [row(2, { status: 'IMPORTED', customer: { id: 'c1', name: '客户2' } })] } }));
      return {};
    });
    open('/imports/j1', 'DEPT_MANAGER', { importJob, runImport });
    fireEvent.click(await screen.findByRole('button', { name: '导入有效行' }, { timeout: 20_000 }));
    expect(await screen.findByText('将导入 1 行有效数据，有错误和重复的行不会导入。确定导入吗？')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /确认|Confirm/ }));
    await waitFor(() => expect(runImport).toHaveBeenCalledWith('j1', 1));
    expect(await screen.findByRole('link', { name: '客户2' })).toBeTruthy();
    expect(screen.getByTestId('import-status').textContent).toBe('已完成');
    expect(screen.queryByRole('button', { name: '导入有效行' })).toBeNull();
  });

  it('uploads the chosen file for a dry run and shows why a file is refused, in the domain’s words', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'file', code: 'importUnknownHeaders', params: { headers: '姓名' } }] } }] }), { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    open('/imports', 'SHIFT_LEADER', { importJobs: vi.fn(async () => []) });
    expect(await screen.findByText('暂无导入记录', {}, { timeout: 20_000 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('选择文件'), { target: { files: [new File(['姓名\n张三\n'], 'bad.csv', { type: 'text/csv' })] } });
    fireEvent.click(screen.getByRole('button', { name: '试导入' }));
    expect(await screen.findByText('无法识别的列：姓名')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('/api/imports?kind=CUSTOMERS', expect.objectContaining({ method: 'POST', headers: { 'X-Sanxin-CSRF': '1' } }));
    vi.unstubAllGlobals();
  });

  it('offers the list’s 导入 button only to who may import', async () => {
    open('/button', 'AGENT', {});
    await new Promise((done) => setTimeout(done, 500));
    expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
  });
});
