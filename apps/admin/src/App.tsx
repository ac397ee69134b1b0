import { Admin, type AdminProps, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { LoginPage } from './layout/LoginPage';
import { authProvider, dataProvider, i18nProvider } from './providers';
import contacts from './resources/contacts';
import customers from './resources/customers';
import interactions from './resources/interactions';
import staffMembers from './resources/staffMembers';
import teams from './resources/teams';

/** Tests swap the providers and the store; the browser uses the real ones. */
type AppProps = Pick<AdminProps, 'dataProvider' | 'authProvider' | 'store'>;

export const App = (props: AppProps) => (
  <Admin
    title="三心客服后台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    loginPage={LoginPage}
    requireAuth
    {...props}
  >
    <Resource name="customers" {...customers} />
    <Resource name="contacts" {...contacts} />
    <Resource name="interactions" {...interactions} />
    <Resource name="staffMembers" {...staffMembers} />
    <Resource name="teams" {...teams} />
  </Admin>
);
