import { Admin, type AdminProps, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { lazyPage } from './lazyPage';
import { Dashboard } from './dashboard/lazyDashboard';
import { authProvider, dataProvider, i18nProvider } from './providers';
import callLists from './resources/callLists';
import pendingChanges from './resources/pendingChanges';
import callScripts from './resources/callScripts';
import caseStudies from './resources/caseStudies';
import notices from './resources/notices';
import calibrationSessions from './resources/calibrationSessions';
import qualityEvaluations from './resources/qualityEvaluations';
import standardAnswers from './resources/standardAnswers';
import complaintCategories from './resources/complaintCategories';
import complaints from './resources/complaints';
import contacts from './resources/contacts';
import contracts from './resources/contracts';
import customerAssignments from './resources/customerAssignments';
import customers from './resources/customers';
import followUps from './resources/followUps';
import interactions from './resources/interactions';
import partReplacements from './resources/partReplacements';
import staffMembers from './resources/staffMembers';
import securityEvents from './resources/securityEvents';
import teams from './resources/teams';
import handoverLogs from './resources/scheduling/handoverLogs';
import holidays from './resources/holidays';
import leaveRequests from './resources/scheduling/leaveRequests';
import shiftSwapRequests from './resources/scheduling/shiftSwapRequests';
import shiftTypes from './resources/scheduling/shiftTypes';
import { schedulingRoutes } from './resources/scheduling/routes';
import trainingPlans from './resources/trainingPlans';
import { attendanceRoutes } from './attendance/routes';
import { monthlyReportRoutes } from './reports/monthly/routes';
import { analyticsRoutes } from './analytics/routes';
import { importRoutes } from './imports/routes';

// Pages load when first opened; the sign-in page and the shell come first (decision 0028).
const ChangePasswordPage = lazyPage(() => import('./account/ChangePasswordPage'), 'ChangePasswordPage');
const AssignmentPage = lazyPage(() => import('./assignment/AssignmentPage'), 'AssignmentPage');
const InboxPage = lazyPage(() => import('./resources/complaints/InboxPage'), 'InboxPage');
const OverdueBoard = lazyPage(() => import('./resources/complaints/OverdueBoard'), 'OverdueBoard');
const MyFirstContactsPage = lazyPage(() => import('./assignment/MyFirstContacts'), 'MyFirstContactsPage');
const HolidayImportPage = lazyPage(() => import('./resources/holidays/HolidayImportPage'), 'HolidayImportPage');
const SettingsPage = lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage');
const FollowUpAttentionPage = lazyPage(() => import('./resources/followUps/FollowUpQueue'), 'FollowUpAttentionPage');
const FollowUpCoveragePage = lazyPage(() => import('./resources/followUps/CoveragePage'), 'CoveragePage');
const WorkloadPage = lazyPage(() => import('./workload/WorkloadPage'), 'WorkloadPage');
const DailyReportPage = lazyPage(() => import('./reports/DailyReportPage'), 'DailyReportPage');
const WeeklyReportPage = lazyPage(() => import('./reports/WeeklyReportPage'), 'WeeklyReportPage');
const QualityWorkspacePage = lazyPage(() => import('./quality/QualityWorkspacePage'), 'QualityWorkspacePage');
const ScoringPage = lazyPage(() => import('./quality/ScoringPage'), 'ScoringPage');
const MyQualityPage = lazyPage(() => import('./quality/MyQualityPage'), 'MyQualityPage');
const QualitySummaryPage = lazyPage(() => import('./qualitySummary/QualitySummaryPage'), 'QualitySummaryPage');
const AssessmentPage = lazyPage(() => import('./assessment/AssessmentPage'), 'AssessmentPage');
const MyAssessmentPage = lazyPage(() => import('./assessment/MyAssessmentPage'), 'MyAssessmentPage');

// react-admin's own router adapter: the app needs no direct react-router dependency for its routes.
const { Route } = reactRouterProvider;

/** Tests swap the providers and the store; the browser uses the real ones. */
type AppProps = Pick<AdminProps, 'dataProvider' | 'authProvider' | 'store'>;

export const App = (props: AppProps) => (
  <Admin
    title="三心客服后台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    requireAuth
    // No calls home: react-admin would otherwise ping its makers' telemetry host on every load.
    disableTelemetry
    {...props}
  >
    <Resource name="customers" {...customers} />
    <Resource name="contacts" {...contacts} />
    <Resource name="interactions" {...interactions} />
    <Resource name="contracts" {...contracts} />
    <Resource name="partReplacements" {...partReplacements} />
    <Resource name="staffMembers" {...staffMembers} />
    <Resource name="teams" {...teams} />
    <Resource name="customerAssignments" {...customerAssignments} />
    <Resource name="complaints" {...complaints} />
    <Resource name="complaintCategories" {...complaintCategories} />
    <Resource name="followUps" {...followUps} />
    <Resource name="callScripts" {...callScripts} />
    <Resource name="callLists" {...callLists} />
    <Resource name="pendingChanges" {...pendingChanges} />
    <Resource name="notices" {...notices} />
    <Resource name="calibrationSessions" {...calibrationSessions} />
    <Resource name="standardAnswers" {...standardAnswers} />
    <Resource name="caseStudies" {...caseStudies} />
    <Resource name="qualityEvaluations" {...qualityEvaluations} />
    <Resource name="shiftSwapRequests" {...shiftSwapRequests} />
    <Resource name="leaveRequests" {...leaveRequests} />
    <Resource name="handoverLogs" {...handoverLogs} />
    <Resource name="shiftTypes" {...shiftTypes} />
    <Resource name="holidays" {...holidays} />
    <Resource name="securityEvents" {...securityEvents} />
    <Resource name="trainingPlans" {...trainingPlans} />
    <CustomRoutes noLayout>
      <Route path="/change-password" element={<ChangePasswordPage />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/workload" element={<WorkloadPage />} />
      <Route path="/assignment" element={<AssignmentPage />} />
      <Route path="/my-first-contacts" element={<MyFirstContactsPage />} />
      <Route path="/inbox" element={<InboxPage />} />
      <Route path="/complaints-overdue" element={<OverdueBoard />} />
      <Route path="/follow-ups-attention" element={<FollowUpAttentionPage />} />
      <Route path="/follow-up-coverage" element={<FollowUpCoveragePage />} />
      <Route path="/holiday-import" element={<HolidayImportPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/reports/daily" element={<DailyReportPage />} />
      <Route path="/reports/weekly" element={<WeeklyReportPage />} />
      <Route path="/quality/workspace" element={<QualityWorkspacePage />} />
      <Route path="/quality/evaluate/:kind/:subjectId" element={<ScoringPage />} />
      <Route path="/quality/evaluations/:id/score" element={<ScoringPage />} />
      <Route path="/quality/mine" element={<MyQualityPage />} />
      <Route path="/quality-summary" element={<QualitySummaryPage />} />
      <Route path="/assessments" element={<AssessmentPage />} />
      <Route path="/my-assessment" element={<MyAssessmentPage />} />
      {schedulingRoutes}
      {attendanceRoutes}
      {monthlyReportRoutes}
      {analyticsRoutes}
      {importRoutes}
    </CustomRoutes>
  </Admin>
);
