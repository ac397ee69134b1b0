import { reactRouterProvider } from 'react-admin';
import { lazyPage } from '../../lazyPage';

const MonthlyReportListPage = lazyPage(() => import('./MonthlyReportListPage'), 'MonthlyReportListPage');
const MonthlyReportPage = lazyPage(() => import('./MonthlyReportPage'), 'MonthlyReportPage');

const { Route } = reactRouterProvider;

/** 月服务报告's pages, for App.tsx's <CustomRoutes>. */
export const monthlyReportRoutes = [
  <Route key="monthly-reports" path="/reports/monthly" element={<MonthlyReportListPage />} />,
  <Route key="monthly-report" path="/reports/monthly/:id" element={<MonthlyReportPage />} />,
];
