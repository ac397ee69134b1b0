import type { IntrospectionSchema } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import { type AccountMethods, accountMethods } from '../account/accountQueries';
import { type AssignmentMethods, assignmentMethods } from '../assignment/assignmentQueries';
import { type AttachmentMethods, attachmentMethods } from '../attachments/attachmentQueries';
import { type AttendanceMethods, attendanceMethods } from '../attendance/attendanceQueries';
import { type AuditMethods, auditMethods } from '../audit/auditQueries';
import { type ExportMethods, exportMethods } from '../export/exportQueries';
import { type CalibrationMethods, calibrationMethods } from '../resources/calibrationSessions/calibrationQueries';
import { type CallListMethods, callListMethods } from '../resources/callLists/callListQueries';
import { type CallScriptMethods, callScriptMethods } from '../resources/callScripts/callScriptQueries';
import { type ComplaintMethods, complaintMethods } from '../resources/complaints/complaintQueries';
import { type FollowUpMethods, followUpMethods } from '../resources/followUps/followUpQueries';
import { type HolidayImportMethods, holidayImportMethods } from '../resources/holidays/holidayImportQueries';
import { type NoticeMethods, noticeMethods } from '../resources/notices/noticeQueries';
import { qualityMethods } from '../quality/qualityMethods';
import type { QualityMethods } from '../quality/qualityQueries';
import { type PartReplacementMethods, partReplacementMethods } from '../resources/partReplacements/partReplacementQueries';
import { type PendingChangeMethods, pendingChangeMethods } from '../resources/pendingChanges/pendingChangeQueries';
import { type SchedulingMethods, schedulingMethods } from '../resources/scheduling/schedulingQueries';
import { type ReportMethods, reportMethods } from '../reports/reportQueries';
import { type SettingsMethods, settingsMethods } from '../settings/settingsQueries';
import { type WorkflowMethods, workflowMethods } from '../workflow/workflowQueries';
import { type WorkloadMethods, workloadMethods } from '../workload/workloadQueries';
import { type QualitySummaryMethods, qualitySummaryMethods } from '../qualitySummary/qualitySummaryQueries';
import { type TrainingPlanMethods, trainingPlanMethods } from '../resources/trainingPlans/trainingPlanQueries';
import { type AssessmentMethods, assessmentMethods } from '../assessment/assessmentQueries';
import { type MonthlyReportMethods, monthlyReportMethods } from '../reports/monthly/monthlyReportQueries';
import { type AnalyticsMethods, analyticsMethods } from '../analytics/analyticsQueries';
import { type ImportMethods, importMethods } from '../imports/importQueries';
import type { SanxinApolloClient } from './apolloClient';
import { buildQueryFactory } from './buildQuery';
import { toReactAdminError, type Translate } from './graphqlErrors';
import { introspectCommitted, Schema } from './introspection';
import type { Run, SchemaOf } from './operations';
import { RESOURCES, resourceOfType } from './resources';

/** react-admin's methods for the resources, plus each feature's method set (documents in its own folder). */
export type SanxinDataProvider = DataProvider &
  AccountMethods &
  AssignmentMethods &
  AttachmentMethods &
  AttendanceMethods &
  AuditMethods &
  CalibrationMethods &
  CallListMethods &
  CallScriptMethods &
  ComplaintMethods &
  ExportMethods &
  FollowUpMethods &
  HolidayImportMethods &
  NoticeMethods &
  QualityMethods &
  PartReplacementMethods &
  PendingChangeMethods &
  ReportMethods &
  SchedulingMethods &
  SettingsMethods &
  WorkflowMethods &
  WorkloadMethods &
  QualitySummaryMethods &
  TrainingPlanMethods &
  AssessmentMethods &
  MonthlyReportMethods &
  AnalyticsMethods &
  ImportMethods;

export const operationNames = {
  [GET_LIST]: (type: { name: string }) => resourceOfType(type.name) ?? '',
  [GET_MANY]: (type: { name: string }) => resourceOfType(type.name) ?? '',
  [GET_MANY_REFERENCE]: (type: { name: string }) => resourceOfType(type.name) ?? '',
  [GET_ONE]: (type: { name: string }) => {
    const resource = resourceOfType(type.name);
    return resource ? RESOURCES[resource].one : '';
  },
  [CREATE]: (type: { name: string }) => `create${type.name}`,
  [UPDATE]: (type: { name: string }) => `update${type.name}`,
  [DELETE]: (type: { name: string }) => `delete${type.name}`,
};

export interface DataProviderOptions {
  client: SanxinApolloClient;
  translate: Translate;
  /** Introspection result to use instead of asking the server. */
  schema?: IntrospectionSchema;
}

export function createDataProvider({ client, translate, schema }: DataProviderOptions): SanxinDataProvider {
  const graphqlProvider = buildGraphQLProvider({
    client,
    buildQuery: buildQueryFactory,
    introspection: { operationNames },
    // The committed schema, not the server's: resolved by name (ra-data-graphql's own resolution took
    // seconds), and not handed over as an option, which ra-data-graphql deep-copies (decision 0048).
    ...(schema ? { resolveIntrospection: async () => introspectCommitted(schema, operationNames) } : {}),
  });
  const mapErrors = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      throw toReactAdminError(error, translate);
    });

  const methods = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete', 'updateMany', 'deleteMany'] as const;
  const provider = Object.fromEntries(
    methods.map((method) => [
      method,
      (resource: string, params: unknown) => mapErrors((graphqlProvider[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params)),
    ]),
  ) as unknown as DataProvider;

  const schemaOf: SchemaOf = async () => new Schema(await graphqlProvider.getIntrospection());
  const run: Run = async <T>(kind: 'query' | 'mutation', document: Parameters<Run>[1], variables?: Record<string, unknown>): Promise<T> => {
    const result =
      kind === 'mutation'
        ? await mapErrors(client.mutate({ mutation: document, variables }))
        : await mapErrors(client.query({ query: document, variables, fetchPolicy: 'network-only' }));
    return result.data as T;
  };

  return {
    ...provider,
    ...accountMethods(run),
    ...assignmentMethods(run, schemaOf),
    ...attachmentMethods(run),
    ...attendanceMethods(run),
    ...auditMethods(run),
    ...calibrationMethods(run),
    ...callListMethods(run),
    ...callScriptMethods(run),
    ...complaintMethods(run, schemaOf),
    ...exportMethods(run, schemaOf),
    ...followUpMethods(run),
    ...holidayImportMethods(run),
    ...noticeMethods(run),
    ...qualityMethods(run),
    ...partReplacementMethods(run, schemaOf),
    ...pendingChangeMethods(run),
    ...reportMethods(run),
    ...schedulingMethods(run),
    ...settingsMethods(run),
    ...workflowMethods(run, schemaOf),
    ...workloadMethods(run),
    ...qualitySummaryMethods(run),
    ...trainingPlanMethods(run),
    ...assessmentMethods(run),
    ...monthlyReportMethods(run),
    ...analyticsMethods(run),
    ...importMethods(run),
  };
}
