import { i18nProvider } from '../i18n/i18nProvider';
import { createApolloClient } from './apolloClient';
import { createAuthProvider } from './authProvider';
import { committedSchema } from './committedSchema';
import { createDataProvider } from './dataProvider';

/** The console's one Apollo client, shared by data and auth so signing out clears every cache. */
const client = createApolloClient();

export const dataProvider = createDataProvider({
  client,
  translate: (key, options) => i18nProvider.translate(key, options),
  schema: committedSchema(),
});
export const authProvider = createAuthProvider(client);

