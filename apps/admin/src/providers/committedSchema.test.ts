import { buildClientSchema, validate } from 'graphql';
import { type IntrospectionResult, introspectSchema } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { buildQueryFactory } from './buildQuery';
import { committedSchema } from './committedSchema';
import { mockApolloClient } from '../test/mockApollo';
import { createDataProvider, operationNames, type SanxinDataProvider } from './dataProvider';
import { introspectCommitted } from './introspection';
import { RESOURCES } from './resources';
import { complaintOperationSamples } from '../test/complaintOperations';

const schema = committedSchema();

const paramsOf: Record<string, object> = {
  [GET_LIST]: { filter: { q: '三心' }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 25 } },
  [GET_MANY]: { ids: ['1', '2'] },
  [GET_MANY_REFERENCE]: { target: 'q', id: '三心', filter: {}, sort: { field: 'createdAt', order: 'ASC' }, pagination: { page: 1, perPage: 5 } },
  [GET_ONE]: { id: '1' },
  [CREATE]: { data: { name: '三心' } },
  [UPDATE]: { id: '1', data: { name: '三心' }, previousData: { id: '1', version: 1, name: '旧名' } },
  [DELETE]: { id: '1', previousData: { id: '1', version: 1 } },
};

/** The console against the schema the API commits: a renamed field or argument fails here, not in a user's browser. */
describe('queries against apps/api/schema.graphql', () => {
  const committed = schema;
  it.each(Object.keys(RESOURCES))('%s: every operation the console sends is valid', async (resource) => {
    const introspection = (await introspectSchema(undefined as never, { schema: committed, operationNames })) as unknown as IntrospectionResult;
    const buildQuery = buildQueryFactory(introspection);
    const graphqlSchema = buildClientSchema({ __schema: committed });
    const mutations = new Set(Object.keys(graphqlSchema.getMutationType()?.getFields() ?? {}));
    const queries = new Set(Object.keys(graphqlSchema.getQueryType()?.getFields() ?? {}));
    const spec = RESOURCES[resource as keyof typeof RESOURCES];

    for (const [method, params] of Object.entries(paramsOf)) {
      const mutation =
        method === CREATE ? `create${spec.type}` : method === UPDATE ? `update${spec.type}` : method === DELETE ? `delete${spec.type}` : undefined;
      if (mutation && !mutations.has(mutation)) continue; // read-only resource (teams)
      if (method === GET_ONE && !queries.has(spec.one)) continue; // history without a page of its own (customerAssignments)
      const { query } = buildQuery(method, resource, params);
      expect(validate(graphqlSchema, query).map((error) => `${method}: ${error.message}`)).toEqual([]);
    }
  });
});

describe('the introspection the console resolves itself (decision 0048)', () => {
  it("equals ra-data-graphql's own result for the committed schema", async () => {
    const theirs = await introspectSchema(undefined as never, { schema, operationNames });
    expect(introspectCommitted(schema, operationNames)).toEqual(theirs);
  });

  it('is built into the bundle: every resource the console lists has its type in it', () => {
    expect(schema.queryType.name).toBe('Query');
    const typeNames = new Set(schema.types.map((type) => type.name));
    expect(Object.values(RESOURCES).filter((spec) => !typeNames.has(spec.type))).toEqual([]);
  });
});

describe('filters the API declares reach it', () => {
  it("sends the assignment screen's 未分配 to the API (it was once filtered within the first 200 rows)", async () => {
    const introspection = (await introspectSchema(undefined as never, { schema: schema, operationNames })) as unknown as IntrospectionResult;
    const built = buildQueryFactory(introspection)(GET_LIST, 'customers', {
      filter: { unassigned: true },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 200 },
    });
    expect(built.variables?.filter).toEqual({ unassigned: true });
  });
});

/** The custom methods (workflow steps, assignment, workload): each operation they send must be valid too. */
describe('custom data provider methods against apps/api/schema.graphql', () => {
  const committed = schema;
  const graphqlSchema = buildClientSchema({ __schema: committed });

  async function operationsOf(call: (dataProvider: SanxinDataProvider) => Promise<unknown>) {
    const { client, operations } = mockApolloClient(() => ({ data: null }));
    const dataProvider = createDataProvider({ client, translate: (key) => key, schema: committed });
    await call(dataProvider).catch(() => undefined); // the answers are empty; only what was sent matters here
    return operations.map((operation) => ({ name: operation.operationName, errors: validate(graphqlSchema, operation.query).map((error) => error.message) }));
  }

  it.each<[string, (dataProvider: SanxinDataProvider) => Promise<unknown>]>([
    ['agentWorkloads', (dp) => dp.agentWorkloads()],
    ['assignmentSuggestions', (dp) => dp.assignmentSuggestions(['c1'])],
    ['assignCustomers', (dp) => dp.assignCustomers(['c1'], 's1', '均衡分配')],
    ['autoAssign', (dp) => dp.autoAssign(['c1'], '均衡分配')],
    ['settings', (dp) => dp.settings()],
    ['homeScreen', (dp) => dp.homeScreen()],
    ['dailyReportScreen', (dp) => dp.dailyReport('2026-12-09', 't1')],
    ['weeklyReportScreen', (dp) => dp.weeklyReport('2026-12-09', null)],
    ['weeklyQaSection', (dp) => dp.weeklyQa('2026-12-09', null)],
    ['contractCounts', (dp) => dp.contractCounts(['s1', 's2'])],
    ['activateContract', (dp) => dp.workflow('activateContract', { id: 'k1', version: 1 })],
    ['terminateContract', (dp) => dp.workflow('terminateContract', { id: 'k1', version: 1, reason: '客户要求' })],
    ['renewContract', (dp) => dp.workflow('renewContract', { id: 'k1', version: 1, input: { startDate: '2027-01-01', endDate: '2027-12-31' } })],
    ['assignContractOwner', (dp) => dp.workflow('assignContractOwner', { id: 'k1', version: 1, ownerId: 's1', reason: '调岗' })],
    ['assignContractOwners', (dp) => dp.workflowMany('assignContractOwners', { ids: ['k1'], ownerId: 's1', reason: '调岗' })],
    ['contractOwnerHistory', (dp) => dp.records('contractOwnerHistory', { contractId: 'k1' })],
    ['forwardPartReplacement', (dp) => dp.workflow('forwardPartReplacement', { id: 'p1', version: 1, department: 'WAREHOUSE' })],
    ['quotePartReplacement', (dp) => dp.workflow('quotePartReplacement', { id: 'p1', version: 1, unitPrice: '120.00' })],
    ['recordPartReplacementDecision', (dp) => dp.workflow('recordPartReplacementDecision', { id: 'p1', version: 1, accepted: true, note: '同意' })],
    ['completePartReplacement', (dp) => dp.workflow('completePartReplacement', { id: 'p1', version: 1 })],
    ['partReplacementSteps', (dp) => dp.partReplacementSteps('p1')],
    // 排班 (scheduling/schedulingQueries.ts and the approval steps)
    ['rosterShifts', (dp) => dp.rosterShifts({ teamId: 't1', dateFrom: '2026-12-01', dateTo: '2026-12-31' })],
    ['schedulingShiftTypes', (dp) => dp.shiftTypesWithHeadcount()],
    ['schedulingHolidays', (dp) => dp.holidaysBetween('2026-12-01', '2026-12-31')],
    ['schedulingStaff', (dp) => dp.schedulingStaff({ teamId: 't1', active: true })],
    ['generateRoster', (dp) => dp.generateRoster('t1', '2026-12')],
    ['publishRoster', (dp) => dp.publishRoster('t1', '2026-12')],
    ['publishRoster', (dp) => dp.publishRoster('t1', '2027-01', true)],
    ['rosterHours', (dp) => dp.rosterHours('t1', '2026-12')],
    ['yearHolidays', (dp) => dp.yearHasHolidays(2027)],
    // 系统配置, 导入节假日
    ['updateSetting', (dp) => dp.updateSetting('contract.expiringWindowDays', 0, 45)],
    ['holidayImportPreview', (dp) => dp.holidayImportPreview(2027)],
    ['importHolidays', (dp) => dp.importHolidays(2027, 'f1')],
    ['callScriptDetail', (dp) => dp.callScriptDetail('s1')],
    ['callListProgress', (dp) => dp.callListProgress('l1')],
    ['launchCallList', (dp) => dp.launchCallList('l1', 1, '2027-01-04')],
    // 复核 (pendingChanges/pendingChangeQueries.ts and its steps)
    ['reviewQueue', (dp) => dp.reviewQueue(['PENDING'])],
    ['pendingChangeDetail', (dp) => dp.pendingChangeDetail('c1')],
    ['reviewStatistics', (dp) => dp.reviewStatistics('MONTH', '2026-12-01', '2026-12-31')],
    ['approvePendingChange', (dp) => dp.workflow('approvePendingChange', { id: 'c1', version: 1 })],
    ['rejectPendingChange', (dp) => dp.workflow('rejectPendingChange', { id: 'c1', version: 1, input: { reason: 'NO_EVIDENCE', note: '请附证明' } })],
    ['withdrawPendingChange', (dp) => dp.workflow('withdrawPendingChange', { id: 'c1', version: 1 })],
    // 质检校准 (calibrationSessions/calibrationQueries.ts and its steps)
    ['calibrationSessionDetail', (dp) => dp.calibrationSessionDetail('c1')],
    ['submitCalibrationScores', (dp) => dp.workflow('submitCalibrationScores', { id: 'c1', version: 1, input: { scores: [{ dimension: 'TONE', score: 8 }] } })],
    ['revealCalibrationSession', (dp) => dp.workflow('revealCalibrationSession', { id: 'c1', version: 2 })],
    ['agreeCalibrationSession', (dp) => dp.workflow('agreeCalibrationSession', { id: 'c1', version: 3, input: { scores: [], note: '按中位数' } })],
    ['cancelCalibrationSession', (dp) => dp.workflow('cancelCalibrationSession', { id: 'c1', version: 3, input: {} })],
    // 公告 (notices/noticeQueries.ts)
    ['unreadNotices', (dp) => dp.unreadNotices()],
    ['markNoticeRead', (dp) => dp.markNoticeRead('n1')],
    ['noticeReceipts', (dp) => dp.noticeReceipts('n1')],
    ['publishNotice', (dp) => dp.publishNotice('n1', 1)],
    ['archiveNotice', (dp) => dp.archiveNotice('n1', 2)],
    // 质检 (quality/qualityQueries.ts and the evaluation steps)
    ['qualityQueue', (dp) => dp.qualityQueue('2026-12')],
    ['qualityTrend', (dp) => dp.qualityTrend('2026-07', '2026-12')],
    ['activeScorecard', (dp) => dp.activeScorecard()],
    ['qualityEvaluationDetail', (dp) => dp.qualityEvaluationDetail('q1')],
    ['createQualityEvaluation', (dp) => dp.createQualityEvaluation({ subjectKind: 'INTERACTION', subjectId: 'i1', scores: [{ dimension: 'TONE', score: 8, comment: '语速适中' }] })],
    ['updateQualityEvaluation', (dp) => dp.updateQualityEvaluation('q1', 1, { comment: '语速偏快' })],
    ['disputeQualityEvaluation', (dp) => dp.workflow('disputeQualityEvaluation', { id: 'q1', version: 2, input: { reason: '客户中途挂断' } })],
    ['reviseQualityEvaluation', (dp) => dp.workflow('reviseQualityEvaluation', { id: 'q1', version: 3, input: { scores: [{ dimension: 'TONE', score: 9 }], reason: '复听录音' } })],
    ['holidayCalendarStatus', (dp) => dp.holidayMissingYears()],
    ['schedulingSwaps', (dp) => dp.swapRequests({ staffId: 's1', status: ['PENDING_COUNTERPART', 'PENDING_LEADERS', 'APPROVED'], awaitingMe: true })],
    ['acceptShiftSwapRequest', (dp) => dp.workflow('acceptShiftSwapRequest', { id: 'w1', version: 1, input: { note: '没问题，那天我可以替你' } })],
    ['declineShiftSwapRequest', (dp) => dp.workflow('declineShiftSwapRequest', { id: 'w1', version: 1, input: { note: '那天我有事，换不了' } })],
    ['schedulingLeave', (dp) => dp.leaveRequestsOf({ awaitingMe: true })],
    ['approveShiftSwapRequest', (dp) => dp.workflow('approveShiftSwapRequest', { id: 'w1', version: 1 })],
    ['rejectShiftSwapRequest', (dp) => dp.workflow('rejectShiftSwapRequest', { id: 'w1', version: 1, note: '当天人手紧张' })],
    ['approveLeaveRequest', (dp) => dp.workflow('approveLeaveRequest', { id: 'v1', version: 1 })],
    ['rejectLeaveRequest', (dp) => dp.workflow('rejectLeaveRequest', { id: 'v1', version: 1, note: '请补充证明' })],
    ['acceptLateLeaveRequest', (dp) => dp.workflow('acceptLateLeaveRequest', { id: 'v1', version: 1, input: {} })],
    ['acknowledgeHandoverLog', (dp) => dp.workflow('acknowledgeHandoverLog', { id: 'o1', version: 1 })],
    // 考勤 (attendance/attendanceQueries.ts)
    ['checkIn', (dp) => dp.checkIn('a1')],
    ['checkOut', (dp) => dp.checkOut('r1', 1)],
    ['checkOut', (dp) => dp.checkOut('r1', 1, '接班人员路上堵车，已电话确认十分钟内到岗')],
    ['recordAbsenceFromPost', (dp) => dp.recordAbsenceFromPost({ shiftAssignmentId: 'a1', from: '2026-12-09T02:00:00.000Z', to: '2026-12-09T02:30:00.000Z', note: '离开座位未报备' })],
    ['attendanceViolations', (dp) => dp.attendanceViolations({ month: '2026-12', teamId: 't1' })],
    ['attendanceViolationCounts', (dp) => dp.attendanceViolationCounts('2026-12', 't1')],
    // 投诉 (every step dialog, urge, handling opinion, detail lists, inbox)
    ...complaintOperationSamples,
  ])('%s', async (name, call) => {
    expect(await operationsOf(call)).toEqual([{ name, errors: [] }]);
  });
});
