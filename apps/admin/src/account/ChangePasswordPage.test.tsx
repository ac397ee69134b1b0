import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, type AuthProvider, HttpError, memoryStore, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { ChangePasswordPage } from './ChangePasswordPage';

const authAs = (mustChangePassword: boolean): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '王芳', role: 'AGENT', username: 'wangfang', mustChangePassword }),
  canAccess: async () => true,
});

function renderPage(changePassword = vi.fn(async () => ({ id: 'u1', username: 'wangfang', mustChangePassword: false })), mustChangePassword = true) {
  render(
    <AdminContext dataProvider={testDataProvider({ changePassword } as never)} authProvider={authAs(mustChangePassword)} i18nProvider={i18nProvider} store={memoryStore()}>
      <ChangePasswordPage />
    </AdminContext>,
  );
  return changePassword;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ChangePasswordPage (修改密码)', () => {
  it('tells a person on a given password why they are here, and checks the domain policy as they type', async () => {
    renderPage();
    expect(await screen.findByText('您使用的是分配的初始密码，请先设置自己的密码再继续使用。')).toBeTruthy();
    type('当前密码', 'correct-horse-42');
    type('新密码', 'short');
    expect(screen.getByText('至少 10 个字符')).toBeTruthy();
    type('新密码', 'wangfang-2026');
    expect(screen.getByText('密码不能包含用户名')).toBeTruthy();
    type('新密码', '1234567890');
    expect(screen.getByText('这是常见密码，请换一个不易猜到的')).toBeTruthy();
    type('新密码', '长江 flows east 2026');
    type('确认新密码', '长江 flows east 2025');
    expect(screen.getByText('两次输入的密码不一致')).toBeTruthy();
    expect((screen.getByRole('button', { name: '修改密码' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends the change and shows the API’s verdict on the current password next to it', async () => {
    const changePassword = vi.fn(async () => {
      throw new HttpError('sanxin.errors.BAD_USER_INPUT', 400, { code: 'BAD_USER_INPUT', errors: { currentPassword: '当前密码不正确' } });
    });
    renderPage(changePassword as never);
    type('当前密码', 'not-my-password');
    type('新密码', '长江 flows east 2026');
    type('确认新密码', '长江 flows east 2026');
    fireEvent.click(screen.getByRole('button', { name: '修改密码' }));
    await waitFor(() => expect(changePassword).toHaveBeenCalledWith('not-my-password', '长江 flows east 2026'));
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();
  });

  it('shows no notice to someone changing their password by choice', async () => {
    const changePassword = renderPage(undefined, false);
    await screen.findByRole('heading', { name: '修改密码' });
    expect(screen.queryByText('您使用的是分配的初始密码，请先设置自己的密码再继续使用。')).toBeNull();
    type('当前密码', 'correct-horse-42');
    type('新密码', 'Lm4-river-9x');
    type('确认新密码', 'Lm4-river-9x');
    fireEvent.click(screen.getByRole('button', { name: '修改密码' }));
    await waitFor(() => expect(changePassword).toHaveBeenCalledWith('correct-horse-42', 'Lm4-river-9x'));
  });
});
