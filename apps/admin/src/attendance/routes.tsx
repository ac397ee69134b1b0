import { reactRouterProvider } from 'react-admin';
import { lazyPage } from '../lazyPage';

const ViolationsPage = lazyPage(() => import('./ViolationsPage'), 'ViolationsPage');

const { Route } = reactRouterProvider;

/** 考勤's pages, for App.tsx's <CustomRoutes>. */
export const attendanceRoutes = [<Route key="attendance-violations" path="/attendance-violations" element={<ViolationsPage />} />];
