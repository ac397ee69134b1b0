import type { AuthProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import type { SanxinDataProvider } from './dataProvider';
import { deferredMethods } from './deferred';
import { storedIdentity } from './identity';

// GraphQL (Apollo Client, graphql-js and the committed schema) is a third of the console's code: it
// loads beside the first screen instead of before it (decision 0028).
const graphqlProviders = () => import('./graphqlProviders');

export const dataProvider = deferredMethods<SanxinDataProvider>(async () => (await graphqlProviders()).dataProvider);

/** The methods the real auth provider has; a test keeps this list equal to them. */
export const AUTH_METHODS = ['login', 'logout', 'checkAuth', 'checkError', 'getIdentity', 'getPermissions', 'canAccess'] as const;
const graphqlAuthProvider = deferredMethods<AuthProvider>(async () => (await graphqlProviders()).authProvider, AUTH_METHODS);

export const authProvider: AuthProvider = {
  ...graphqlAuthProvider,
  // Nobody has signed in on this browser: straight to the sign-in page, without waiting for GraphQL.
  checkAuth: (params) => (storedIdentity() ? graphqlAuthProvider.checkAuth(params) : Promise.reject(new Error('sanxin.errors.UNAUTHENTICATED'))),
};

/** Fetched while someone types their password, so signing in does not wait for it. */
export const preloadGraphql = (): void => void graphqlProviders();

export { i18nProvider };
