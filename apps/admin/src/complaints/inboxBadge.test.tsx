import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { ComplaintActions } from '../resources/complaints/ComplaintActions';
import { InboxMenuItem } from './InboxMenuItem';

const waiting = (count: number) => ({ approvals: Array.from({ length: count }, (_, index) => ({ id: `q${index}` })), escalations: [], urged: [] });

describe('the menu badge of 我的待办', () => {
  it('follows an approval made on the page without a reload', async () => {
    let open = 45;
    const myInbox = vi.fn(async () => waiting(open));
    const workflow = vi.fn(async () => {
      open -= 1;
      return { id: 'q0', version: 5, status: 'APPROVED' };
    });
    render(
      <AdminContext dataProvider={{ ...testDataProvider(), myInbox, workflow }} i18nProvider={i18nProvider} store={memoryStore()}>
        <InboxMenuItem />
        <ResourceContextProvider value="complaints">
          <RecordContextProvider value={{ id: 'q0', version: 4, status: 'PROPOSED', availableActions: ['approve'] }}>
            <ComplaintActions />
          </RecordContextProvider>
        </ResourceContextProvider>
      </AdminContext>,
    );
    const badge = () => document.querySelector('[data-inbox-count]')?.getAttribute('data-inbox-count');
    await waitFor(() => expect(badge()).toBe('45'));
    fireEvent.click(await screen.findByRole('button', { name: '批准方案' }));
    const confirm = await screen.findByRole('button', { name: '确认' }).catch(() => null);
    if (confirm) fireEvent.click(confirm);
    await waitFor(() => expect(workflow).toHaveBeenCalled());
    await waitFor(() => expect(badge()).toBe('44'));
  });
});
