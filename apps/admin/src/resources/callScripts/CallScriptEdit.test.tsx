import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Admin, memoryStore, Resource, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { canAccessAs } from '../../providers/identity';
import { signedInAs } from '../../test/testAdmin';
import { CallScriptEdit } from './CallScriptForms';

const authProvider = signedInAs({ id: 'me', fullName: '郑国强', role: 'DEPT_MANAGER' }, async (params) => canAccessAs({ id: 'me', role: 'DEPT_MANAGER' }, params));

const record = { id: 's1', version: 3, callType: 'SERVICE_FOLLOW_UP', name: '维修回访', active: true, revision: 3 };
const steps = [
  { kind: 'GREETING', branch: 'ALL', text: '您好，请问是{称呼}吗？' },
  { kind: 'CLOSE', branch: 'ALL', text: '谢谢您对我们的支持，再见' },
];

function openEdit(update: ReturnType<typeof vi.fn>) {
  const dataProvider = testDataProvider({
    getOne: (async () => ({ data: record })) as never,
    update: update as never,
    callScriptDetail: async () => ({ ...record, steps, phrases: [{ situation: 'ANGRY', text: '非常理解您的心情' }], revisions: [] }),
  } as never);
  render(
    <TestMemoryRouter initialEntries={['/callScripts/s1']}>
      <Admin dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <Resource name="callScripts" edit={CallScriptEdit} show={() => <div>话术详情</div>} />
      </Admin>
    </TestMemoryRouter>,
  );
}

describe('editing a call script', { timeout: 40_000 }, () => {
  it('loads the current steps and phrases into the form and saves them with the version', async () => {
    const update = vi.fn(async (_resource: string, params: { data: object }) => ({ data: { ...record, ...params.data, version: 4, revision: 4 } }));
    openEdit(update);
    expect(await screen.findByDisplayValue('您好，请问是{称呼}吗？', {}, { timeout: 25_000 })).toBeInTheDocument();
    expect(screen.getByDisplayValue('非常理解您的心情')).toBeInTheDocument();
    fireEvent.change(screen.getByDisplayValue('谢谢您对我们的支持，再见'), { target: { value: '谢谢您对我们的支持，再见 😊' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    const params = update.mock.calls[0][1] as { data: { steps: object[]; phrases: object[] }; previousData: { version: number } };
    expect(params.previousData.version).toBe(3);
    expect(params.data.steps).toEqual([steps[0], { ...steps[1], text: '谢谢您对我们的支持，再见 😊' }]);
    expect(params.data.phrases).toEqual([{ situation: 'ANGRY', text: '非常理解您的心情' }]);
  });

  it('refuses a placeholder the script cannot fill, before sending anything', async () => {
    const update = vi.fn();
    openEdit(update);
    fireEvent.change(await screen.findByDisplayValue('您好，请问是{称呼}吗？', {}, { timeout: 25_000 }), { target: { value: '您好，请问是{姓名}吗？' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/不是可用的占位符/)).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });
});
