import { type DocumentNode, gql } from '@apollo/client';
import type { LeaveStatus, SwapStatus } from '@sanxin/domain';
import type {
  GenerateRosterMutation,
  LeaveFieldsFragment,
  PublishRosterMutation,
  RosteredTeamsQuery,
  RosterHoursQuery,
  RosterShiftFieldsFragment,
  RosterShiftsQuery,
  SchedulingHolidaysQuery,
  SchedulingLeaveQuery,
  SchedulingShiftTypesQuery,
  SchedulingStaffQuery,
  SchedulingSwapsQuery,
  SwapFieldsFragment,
  YearHolidaysQuery,
} from '../../graphql/generated';
import type { Run } from '../../providers/operations';

/**
 * The scheduling screens' GraphQL documents. They need nested lists (a shift's assignments and
 * coverage, a generated roster's fairness), which the generic buildQuery leaves to their own
 * queries; committedSchema.test.ts validates every document here against apps/api/schema.graphql.
 */

// Response types come from the documents below (src/graphql/generated.ts, `pnpm codegen`).
/** A shift's assignment; its person typed as any StaffRef, so screens and tests can place anyone they hold. */
export type RosterAssignment = Omit<RosterShiftFieldsFragment['assignments'][number], 'staff' | 'attendance'> & {
  staff: StaffRef | null;
  /** 考勤: null before check-in and for viewers who may not read it; left out by callers that do not show it. */
  attendance?: AssignmentAttendance | null;
};
/** The check-in and check-out of one assignment, as the roster carries it. */
export type AssignmentAttendance = NonNullable<RosterShiftFieldsFragment['assignments'][number]['attendance']>;
export type RosterShift = Omit<RosterShiftFieldsFragment, 'assignments'> & { assignments: RosterAssignment[] };
export type CoverageRow = RosterShift['coverage'][number];
export type ShiftTypeRecord = SchedulingShiftTypesQuery['shiftTypes']['items'][number];
export type HolidayRecord = SchedulingHolidaysQuery['holidays']['items'][number];
type StaffMember = SchedulingStaffQuery['staffMembers']['items'][number];
/** A person on the roster: id and name always; role, team, job type and skill where the document selects them. */
export type StaffRef = Pick<StaffMember, 'id' | 'name'> & Partial<Omit<StaffMember, 'id' | 'name'>>;
export type GeneratedRoster = GenerateRosterMutation['generateRoster'];
export type FairnessFigures = GeneratedRoster['fairness'];
export type UnmetCoverage = GeneratedRoster['unmet'][number];
/** 工时: a person's month on the roster. */
export type StaffMonthHours = RosterHoursQuery['rosterHours'][number];
/** A working-time rule a person's month breaks (the API's WorkingTimeWarning). */
export type WorkingTimeWarning = StaffMonthHours['warnings'][number];
/** `availableActions`: what the viewer may decide (approve, reject), the API's answer, so no button leads to a refusal. */
export type SwapRecord = SwapFieldsFragment;
export type LeaveRecord = LeaveFieldsFragment;

const SHIFT_FIELDS = gql`
  fragment RosterShiftFields on Shift {
    id date startsAt endsAt shiftTypeId teamId
    team { id name }
    roster { id month status publishedAt }
    assignments {
      id version staffId isLeaderOnDuty swapRequestId staff { id name jobType skillLevel teamId }
      attendance { id version checkInAt checkOutAt lateMinutes missedRollCall checkOutOverrideReason violations { id kind minutes } }
    }
    coverage { jobType required assigned missing }
  }
`;

export const SHIFTS = gql`
  query rosterShifts($filter: ShiftFilter, $page: PageInput, $sort: [ShiftSort!]) {
    shifts(filter: $filter, page: $page, sort: $sort) { items { ...RosterShiftFields } total }
  }
  ${SHIFT_FIELDS}
`;

export const SHIFT_TYPES = gql`
  query schedulingShiftTypes {
    shiftTypes(page: { limit: 200 }, sort: [{ field: START_MINUTE, direction: ASC }]) {
      items { id version name kind days startMinute endMinute minHeadcount { jobType count } }
    }
  }
`;

export const HOLIDAYS = gql`
  query schedulingHolidays($filter: HolidayFilter) {
    holidays(filter: $filter, page: { limit: 200 }, sort: [{ field: DATE, direction: ASC }]) { items { id date kind name } }
  }
`;

export const MONTH_ROSTERS = gql`
  query rosteredTeams($month: String!) {
    rosters(filter: { month: $month }, page: { limit: 200 }) { items { teamId } }
  }
`;

export const TEAM_STAFF = gql`
  query schedulingStaff($filter: StaffFilter) {
    staffMembers(filter: $filter, page: { limit: 200 }, sort: [{ field: NAME, direction: ASC }]) { items { id name role jobType skillLevel teamId } }
  }
`;

export const GENERATE_ROSTER = gql`
  mutation generateRoster($teamId: ID!, $month: String!) {
    generateRoster(teamId: $teamId, month: $month) {
      roster { id month status }
      fairness { shiftSpread nightSpread holidayDutySpread hoursSpread loads { staff { id name } shifts nights holidayDuties hours } }
      unmet { shiftId date jobType required assigned }
      shifts { id shiftTypeId }
      missingHolidayYear
    }
  }
`;

export const PUBLISH_ROSTER = gql`
  mutation publishRoster($teamId: ID!, $month: String!, $confirmMissingHolidays: Boolean) {
    publishRoster(teamId: $teamId, month: $month, confirmMissingHolidays: $confirmMissingHolidays) { id month status publishedAt }
  }
`;

export const ROSTER_HOURS = gql`
  query rosterHours($teamId: ID!, $month: String!) {
    rosterHours(teamId: $teamId, month: $month) {
      staff { id name } shifts hours standardHours overtimeHours maxHours
      warnings { rule from to daysOff minDaysOff hours max }
    }
  }
`;

export const YEAR_HOLIDAYS = gql`
  query yearHolidays($year: Int!) { holidays(filter: { year: $year, kind: HOLIDAY }, page: { limit: 1 }) { total } }
`;

const SWAP_FIELDS = gql`
  fragment SwapFields on ShiftSwapRequest {
    id version requesterId counterpartId requesterShiftId counterpartShiftId requesterLeaderId counterpartLeaderId
    status reason counterpartNote decisionNote createdAt requester { id name } counterpart { id name } availableActions
  }
`;

export const SWAP_REQUESTS = gql`
  query schedulingSwaps($filter: ShiftSwapRequestFilter) {
    shiftSwapRequests(filter: $filter, page: { limit: 200 }, sort: [{ field: CREATED_AT, direction: DESC }]) { items { ...SwapFields } }
  }
  ${SWAP_FIELDS}
`;

const LEAVE_FIELDS = gql`
  fragment LeaveFields on LeaveRequest {
    id version staffId type startsAt endsAt status awaitingRole reason emergency exceptional certificateRef createdAt staff { id name }
    requestedById requestedBy { id name } late lateRules lateAcceptedById certificateDueOn certificateMissing availableActions
  }
`;

export const LEAVE_REQUESTS = gql`
  query schedulingLeave($filter: LeaveRequestFilter) {
    leaveRequests(filter: $filter, page: { limit: 200 }, sort: [{ field: STARTS_AT, direction: ASC }]) { items { ...LeaveFields } }
  }
  ${LEAVE_FIELDS}
`;

/** Every document above, named, for the schema test. */
export const SCHEDULING_DOCUMENTS: Record<string, DocumentNode> = {
  rosterShifts: SHIFTS,
  schedulingShiftTypes: SHIFT_TYPES,
  schedulingHolidays: HOLIDAYS,
  schedulingStaff: TEAM_STAFF,
  generateRoster: GENERATE_ROSTER,
  publishRoster: PUBLISH_ROSTER,
  rosterHours: ROSTER_HOURS,
  rosteredTeams: MONTH_ROSTERS,
  yearHolidays: YEAR_HOLIDAYS,
  schedulingSwaps: SWAP_REQUESTS,
  schedulingLeave: LEAVE_REQUESTS,
};

export interface ShiftQuery {
  teamId?: string;
  staffId?: string;
  ids?: string[];
  dateFrom?: string;
  dateTo?: string;
}

/** The data provider's scheduling methods (spread into SanxinDataProvider). */
export interface SchedulingMethods {
  rosterShifts(filter: ShiftQuery): Promise<RosterShift[]>;
  shiftTypesWithHeadcount(): Promise<ShiftTypeRecord[]>;
  holidaysBetween(dateFrom: string, dateTo: string): Promise<HolidayRecord[]>;
  schedulingStaff(filter: { teamId?: string; ids?: string[]; active?: boolean }): Promise<StaffRef[]>;
  generateRoster(teamId: string, month: string): Promise<GeneratedRoster>;
  /** `confirmMissingHolidays`: an administrator publishing a month of a year without public holidays. */
  publishRoster(teamId: string, month: string, confirmMissingHolidays?: boolean): Promise<PublishRosterMutation['publishRoster']>;
  rosterHours(teamId: string, month: string): Promise<StaffMonthHours[]>;
  /** The teams that have a roster (draft or published, as the viewer may see) for the month. */
  rosteredTeamIds(month: string): Promise<string[]>;
  yearHasHolidays(year: number): Promise<boolean>;
  /** `awaitingMe`: the swaps waiting for the viewer (their consent as the colleague, or their approval as a leader of a side), as the API decides. */
  swapRequests(filter: { staffId?: string; status?: SwapStatus[]; ids?: string[]; awaitingMe?: boolean }): Promise<SwapRecord[]>;
  leaveRequestsOf(filter: { staffId?: string; status?: LeaveStatus[]; awaitingMe?: boolean; certificateMissing?: boolean }): Promise<LeaveRecord[]>;
}

const clean = (filter: object) => Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));

export function schedulingMethods(run: Run): SchedulingMethods {
  return {
    rosterShifts: async (filter) => {
      const data = await run<RosterShiftsQuery>('query', SHIFTS, {
        filter: clean(filter),
        page: { limit: 200 },
        sort: [{ field: 'STARTS_AT', direction: 'ASC' }],
      });
      return data.shifts.items;
    },
    shiftTypesWithHeadcount: async () => (await run<SchedulingShiftTypesQuery>('query', SHIFT_TYPES)).shiftTypes.items,
    holidaysBetween: async (dateFrom, dateTo) => (await run<SchedulingHolidaysQuery>('query', HOLIDAYS, { filter: { dateFrom, dateTo } })).holidays.items,
    schedulingStaff: async (filter) => (await run<SchedulingStaffQuery>('query', TEAM_STAFF, { filter: clean(filter) })).staffMembers.items,
    generateRoster: async (teamId, month) => (await run<GenerateRosterMutation>('mutation', GENERATE_ROSTER, { teamId, month })).generateRoster,
    publishRoster: async (teamId, month, confirmMissingHolidays) =>
      (await run<PublishRosterMutation>('mutation', PUBLISH_ROSTER, { teamId, month, ...(confirmMissingHolidays ? { confirmMissingHolidays } : {}) })).publishRoster,
    rosterHours: async (teamId, month) => (await run<RosterHoursQuery>('query', ROSTER_HOURS, { teamId, month })).rosterHours,
    rosteredTeamIds: async (month) => (await run<RosteredTeamsQuery>('query', MONTH_ROSTERS, { month })).rosters.items.map((roster) => roster.teamId),
    yearHasHolidays: async (year) => (await run<YearHolidaysQuery>('query', YEAR_HOLIDAYS, { year })).holidays.total > 0,
    swapRequests: async (filter) => (await run<SchedulingSwapsQuery>('query', SWAP_REQUESTS, { filter: clean(filter) })).shiftSwapRequests.items,
    leaveRequestsOf: async (filter) => (await run<SchedulingLeaveQuery>('query', LEAVE_REQUESTS, { filter: clean(filter) })).leaveRequests.items,
  };
}
