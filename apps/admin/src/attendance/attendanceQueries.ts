import { type DocumentNode, gql } from '@apollo/client';
import type {
  AttendanceViolationCountsQuery,
  AttendanceViolationsQuery,
  CheckInMutation,
  CheckOutMutation,
  RecordAbsenceFromPostMutation,
} from '../graphql/generated';
import type { Run } from '../providers/operations';

/**
 * 考勤's documents: check-in and check-out of a shift assignment, a leader's record of an absence from
 * the post, and the violations (违纪) per person and month. A shift's own record travels with the
 * roster (ShiftAssignment.attendance in scheduling's RosterShiftFields).
 */

export type CheckedInRecord = CheckInMutation['checkIn'];
export type ViolationRecord = AttendanceViolationsQuery['attendanceViolations']['items'][number];
export type ViolationCount = AttendanceViolationCountsQuery['attendanceViolationCounts'][number];

const RECORD_FIELDS = gql`
  fragment AttendanceFields on AttendanceRecord {
    id version checkInAt checkOutAt lateMinutes missedRollCall checkOutOverrideReason
    violations { id kind minutes }
  }
`;

export const CHECK_IN = gql`
  mutation checkIn($input: CheckInInput!) { checkIn(input: $input) { ...AttendanceFields } }
  ${RECORD_FIELDS}
`;

export const CHECK_OUT = gql`
  mutation checkOut($id: ID!, $version: Int!, $input: CheckOutInput) { checkOut(id: $id, version: $version, input: $input) { ...AttendanceFields } }
  ${RECORD_FIELDS}
`;

export const RECORD_ABSENCE = gql`
  mutation recordAbsenceFromPost($input: RecordAbsenceFromPostInput!) { recordAbsenceFromPost(input: $input) { id kind minutes } }
`;

export const VIOLATIONS = gql`
  query attendanceViolations($filter: AttendanceViolationFilter) {
    attendanceViolations(filter: $filter, page: { limit: 200 }, sort: [{ field: OCCURRED_AT, direction: DESC }]) {
      items { id kind occurredAt minutes note staffId staff { id name } team { id name } recordedBy { id name } }
      total
    }
  }
`;

export const VIOLATION_COUNTS = gql`
  query attendanceViolationCounts($month: String!, $teamId: ID) {
    attendanceViolationCounts(month: $month, teamId: $teamId) { staffId month count late absentFromPost flagged staff { id name team { id name } } }
  }
`;

/** Every document above, named, for the schema test. */
export const ATTENDANCE_DOCUMENTS: Record<string, DocumentNode> = {
  checkIn: CHECK_IN,
  checkOut: CHECK_OUT,
  recordAbsenceFromPost: RECORD_ABSENCE,
  attendanceViolations: VIOLATIONS,
  attendanceViolationCounts: VIOLATION_COUNTS,
};

/** The data provider's attendance methods (spread into SanxinDataProvider). */
export interface AttendanceMethods {
  checkIn(shiftAssignmentId: string): Promise<CheckedInRecord>;
  /** `overrideReason`: a leader's 放行 before the next shift has anyone checked in. */
  checkOut(id: string, version: number, overrideReason?: string): Promise<CheckedInRecord>;
  recordAbsenceFromPost(input: {
    shiftAssignmentId: string;
    from: string;
    to: string;
    note?: string;
  }): Promise<RecordAbsenceFromPostMutation['recordAbsenceFromPost']>;
  attendanceViolations(filter: { month: string; teamId?: string; staffId?: string }): Promise<ViolationRecord[]>;
  attendanceViolationCounts(month: string, teamId?: string): Promise<ViolationCount[]>;
}

export function attendanceMethods(run: Run): AttendanceMethods {
  return {
    checkIn: async (shiftAssignmentId) => (await run<CheckInMutation>('mutation', CHECK_IN, { input: { shiftAssignmentId } })).checkIn,
    checkOut: async (id, version, overrideReason) =>
      (await run<CheckOutMutation>('mutation', CHECK_OUT, { id, version, ...(overrideReason !== undefined ? { input: { overrideReason } } : {}) })).checkOut,
    recordAbsenceFromPost: async (input) => (await run<RecordAbsenceFromPostMutation>('mutation', RECORD_ABSENCE, { input })).recordAbsenceFromPost,
    attendanceViolations: async (filter) =>
      (await run<AttendanceViolationsQuery>('query', VIOLATIONS, { filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value)) }))
        .attendanceViolations.items,
    attendanceViolationCounts: async (month, teamId) =>
      (await run<AttendanceViolationCountsQuery>('query', VIOLATION_COUNTS, { month, ...(teamId ? { teamId } : {}) })).attendanceViolationCounts,
  };
}
