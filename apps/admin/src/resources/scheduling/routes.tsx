import { reactRouterProvider } from 'react-admin';
import { lazyPage } from '../../lazyPage';

const ApprovalsPage = lazyPage(() => import('./ApprovalsPage'), 'ApprovalsPage');
const MySchedulePage = lazyPage(() => import('./MySchedulePage'), 'MySchedulePage');
const RosterPage = lazyPage(() => import('./RosterPage'), 'RosterPage');

const { Route } = reactRouterProvider;

/** The scheduling pages that are not resources, for App.tsx's <CustomRoutes>. */
export const schedulingRoutes = [
  <Route key="roster" path="/roster" element={<RosterPage />} />,
  <Route key="my-schedule" path="/my-schedule" element={<MySchedulePage />} />,
  <Route key="approvals" path="/approvals" element={<ApprovalsPage />} />,
];
