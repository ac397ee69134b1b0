import { lazyPage } from '../lazyPage';

/** The home screen's chunk: the sign-in page fetches it while the password is typed (decision 0048). */
export const loadDashboard = () => import('./Dashboard');

export const Dashboard = lazyPage(loadDashboard, 'Dashboard');
