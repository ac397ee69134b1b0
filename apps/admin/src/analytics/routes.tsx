import { reactRouterProvider } from 'react-admin';
import { lazyPage } from '../lazyPage';

const AnalyticsPage = lazyPage(() => import('./AnalyticsPage'), 'AnalyticsPage');

const { Route } = reactRouterProvider;

/** 统计分析's page, for App.tsx's <CustomRoutes>. */
export const analyticsRoutes = [<Route key="analytics" path="/analytics" element={<AnalyticsPage />} />];
