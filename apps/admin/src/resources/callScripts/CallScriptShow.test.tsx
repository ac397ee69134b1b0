import { fireEvent, render, screen, within } from '@testing-library/react';
import { Admin, memoryStore, Resource, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { canAccessAs } from '../../providers/identity';
import { signedInAs } from '../../test/testAdmin';
import type { CallScriptDetail } from './callScriptQueries';
import { CallScriptShow } from './CallScriptShow';

const authProvider = signedInAs({ id: 'me', fullName: '郑国强', role: 'DEPT_MANAGER' }, async (params) => canAccessAs({ id: 'me', role: 'DEPT_MANAGER' }, params));

const steps = [
  { kind: 'GREETING' as const, branch: 'ALL' as const, text: '您好，请问是{称呼}吗？' },
  { kind: 'CLOSE' as const, branch: 'ALL' as const, text: '谢谢您对我们的支持，再见' },
];
const DETAIL: CallScriptDetail = {
  id: 's1',
  version: 2,
  callType: 'COMPLAINT_FOLLOW_UP',
  name: '投诉处理结果回访',
  active: true,
  revision: 2,
  steps,
  phrases: [{ situation: 'ANGRY', text: '非常理解您的心情' }],
  revisions: [
    { id: 'r2', revision: 2, name: '投诉处理结果回访', createdAt: '2026-12-01T02:00:00Z', author: { id: 'm', name: '郑国强' }, steps, phrases: [] },
    { id: 'r1', revision: 1, name: '投诉回访（旧）', createdAt: '2026-11-01T02:00:00Z', author: { id: 'm', name: '郑国强' }, steps: [{ kind: 'GREETING', branch: 'ALL', text: '旧的问候语' }], phrases: [] },
  ],
};

describe('a call script’s page', { timeout: 40_000 }, () => {
  it('shows the steps, tries them in the panel, and keeps every revision readable', async () => {
    const dataProvider = testDataProvider({
      getOne: (async () => ({ data: { id: 's1', version: 2, callType: 'COMPLAINT_FOLLOW_UP', name: '投诉处理结果回访', active: true, revision: 2 } })) as never,
      callScriptDetail: async () => DETAIL,
    } as never);
    render(
      <TestMemoryRouter initialEntries={['/callScripts/s1/show']}>
        <Admin dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
          <Resource name="callScripts" show={CallScriptShow} />
        </Admin>
      </TestMemoryRouter>,
    );
    const panel = await screen.findByRole('region', { name: '通话脚本' }, { timeout: 25_000 });
    expect(within(panel).getByText('您好，请问是王先生吗？')).toBeInTheDocument();
    expect(screen.getByText('版本历史')).toBeInTheDocument();
    expect(screen.getByText('当前版本')).toBeInTheDocument();
    fireEvent.click(screen.getByText('第 1 版'));
    expect(await screen.findByText('旧的问候语')).toBeInTheDocument();
  });
});
