import { reactRouterProvider } from 'react-admin';
import { ApprovalsPage } from './ApprovalsPage';
import { MySchedulePage } from './MySchedulePage';
import { RosterPage } from './RosterPage';

const { Route } = reactRouterProvider;

/** The scheduling pages that are not resources, for App.tsx's <CustomRoutes>. */
export const schedulingRoutes = [
  <Route key="roster" path="/roster" element={<RosterPage />} />,
  <Route key="my-schedule" path="/my-schedule" element={<MySchedulePage />} />,
  <Route key="approvals" path="/approvals" element={<ApprovalsPage />} />,
];
