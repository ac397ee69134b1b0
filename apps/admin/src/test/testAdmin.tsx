import type { Role } from '@sanxin/domain';
import type { ReactNode } from 'react';
import { AdminContext, type AuthProvider, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';

/** An auth provider signed in as `identity`; everything allowed unless `canAccess` decides. */
export function signedInAs(identity: { id: string; fullName: string; role: Role }, canAccess: AuthProvider['canAccess'] = async () => true): AuthProvider {
  return {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getIdentity: async () => identity,
    canAccess,
  };
}

/** react-admin's context for a component test: the console's real labels (zh-CN unless `locale`), an in-memory store. */
export const TestAdmin = ({ children, authProvider, dataProvider = testDataProvider(), locale }: { children: ReactNode; authProvider: AuthProvider; dataProvider?: object; locale?: string }) => (
  <AdminContext dataProvider={dataProvider as never} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore(locale ? { locale } : {})}>
    {children}
  </AdminContext>
);
