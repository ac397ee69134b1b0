import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { PushContext, type PushSource } from '../../providers/push';
import { i18nProvider } from '../../i18n/i18nProvider';
import { ComplaintActions } from './ComplaintActions';
import { InboxMenuItem } from './InboxMenuItem';

/** A push source the test drives: `fire` sends myInboxChanged, `setLive` opens or drops the socket. */
function fakePush() {
  const listeners: { onChange: () => void; onLive: (live: boolean) => void }[] = [];
  const source: PushSource = {
    onInboxChanged: (onChange, onLive) => {
      listeners.push({ onChange, onLive });
      return () => undefined;
    },
  };
  return {
    source,
    fire: () => {
      for (const l of listeners) l.onChange();
    },
    setLive: (live: boolean) => {
      for (const l of listeners) l.onLive(live);
    },
  };
}

const waiting = (count: number) => ({ approvals: Array.from({ length: count }, (_, index) => ({ id: `q${index}` })), escalations: [], urged: [], reassigned: [] });

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
          <RecordContextProvider value={{ id: 'q0', version: 4, status: 'PROPOSED', availableActions: ['APPROVE_RESOLUTION'] }}>
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

  it('reloads when the API pushes myInboxChanged, and polls only while the socket is down', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let open = 3;
      const myInbox = vi.fn(async () => waiting(open));
      const push = fakePush();
      render(
        <AdminContext dataProvider={{ ...testDataProvider(), myInbox }} i18nProvider={i18nProvider} store={memoryStore()}>
          <PushContext.Provider value={push.source}>
            <InboxMenuItem />
          </PushContext.Provider>
        </AdminContext>,
      );
      const badge = () => document.querySelector('[data-inbox-count]')?.getAttribute('data-inbox-count');
      await waitFor(() => expect(badge()).toBe('3'));
      act(() => push.setLive(true));
      const loads = myInbox.mock.calls.length;

      // Live: another person's change arrives as an event, not a poll; a minute passes without a poll.
      open = 4;
      act(() => push.fire());
      await waitFor(() => expect(badge()).toBe('4'));
      expect(myInbox.mock.calls.length).toBe(loads + 1);
      await act(() => vi.advanceTimersByTimeAsync(61_000));
      expect(myInbox.mock.calls.length).toBe(loads + 1);

      // The socket drops: the badge polls every minute until it is back.
      act(() => push.setLive(false));
      open = 5;
      await act(() => vi.advanceTimersByTimeAsync(61_000));
      await waitFor(() => expect(badge()).toBe('5'));
      expect(myInbox.mock.calls.length).toBeGreaterThan(loads + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});
