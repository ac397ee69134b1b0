import { reactRouterProvider } from 'react-admin';
import { lazyPage } from '../lazyPage';

const ImportPage = lazyPage(() => import('./ImportPage'), 'ImportPage');
const ImportJobPage = lazyPage(() => import('./ImportJobPage'), 'ImportJobPage');

const { Route } = reactRouterProvider;

/** 批量导入's pages, for App.tsx's <CustomRoutes>. */
export const importRoutes = [<Route key="imports" path="/imports" element={<ImportPage />} />, <Route key="import-job" path="/imports/:id" element={<ImportJobPage />} />];
