import { render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { SecurityEventList } from './SecurityEventList';

const EVENTS = [
  { id: 'e1', at: '2026-12-01T01:00:00Z', kind: 'LOCKED', outcome: 'REFUSED', staff: { id: 's1', name: '王芳' }, username: 'wangfang', subject: null, ip: '10.1.2.3', detail: '10 failures: locked 1 min' },
  { id: 'e2', at: '2026-12-01T00:59:00Z', kind: 'ROLE_CHANGED', outcome: 'SUCCESS', staff: { id: 'a1', name: '郑国强' }, username: null, subject: { id: 's2', name: '李娜' }, ip: '10.1.2.4', detail: 'AGENT → SHIFT_LEADER' },
];

describe('SecurityEventList (安全日志)', () => {
  it('shows each event in Chinese: what, how it ended, who, to whom, from where', async () => {
    const getList = vi.fn(async () => ({ data: EVENTS, total: 2 }));
    render(
      <AdminContext dataProvider={testDataProvider({ getList } as never)} i18nProvider={i18nProvider} store={memoryStore()}>
        <ResourceContextProvider value="securityEvents">
          <SecurityEventList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    expect(await screen.findByText('账号锁定')).toBeTruthy();
    for (const text of ['已拒绝', '王芳', 'wangfang', '10.1.2.3', '10 failures: locked 1 min', '角色变更', '成功', '郑国强', '李娜', 'AGENT → SHIFT_LEADER']) {
      expect(screen.getByText(text), text).toBeTruthy();
    }
    await waitFor(() => expect(getList).toHaveBeenCalledWith('securityEvents', expect.objectContaining({ sort: { field: 'at', order: 'DESC' } })));
    expect(screen.getAllByText('时间').length).toBeGreaterThan(0);
  });
});
