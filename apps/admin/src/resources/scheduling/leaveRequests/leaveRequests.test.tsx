import { render, screen } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../../i18n/i18nProvider';
import { LeaveRequestList } from './LeaveRequestList';

const row = { staff: { id: 's1', name: '李婷' }, staffId: 's1', startsAt: '2026-11-09T16:00:00Z', endsAt: '2026-11-10T16:00:00Z', status: 'PENDING', awaitingRole: 'DEPT_MANAGER', certificateRef: null, decisionNote: null };

describe('leave list', () => {
  it('says a colleague’s sick-leave reason is withheld, and shows the reasons the viewer may read', async () => {
    const records = [
      { ...row, id: 'l1', type: 'SICK', reason: null, reasonHidden: true },
      { ...row, id: 'l2', type: 'PERSONAL', reason: '办理房产证', reasonHidden: false },
    ];
    const dataProvider = testDataProvider({ getList: async () => ({ data: records, total: 2 }) as never });
    render(
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <ResourceContextProvider value="leaveRequests">
          <LeaveRequestList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    expect(await screen.findByText('办理房产证')).toBeInTheDocument();
    expect(screen.getByTestId('leave-reason-hidden')).toHaveTextContent('病假事由仅本人和审批人可见');
    expect(screen.getAllByTestId('leave-reason-hidden')).toHaveLength(1);
  });
});
