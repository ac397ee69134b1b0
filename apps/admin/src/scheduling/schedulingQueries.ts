import { type DocumentNode, gql } from '@apollo/client';
import type { CalendarDayKind, JobType, LeaveStatus, LeaveType, RosterStatus, ShiftKind, SwapStatus } from '@sanxin/domain';

/**
 * The scheduling screens' GraphQL documents. They need nested lists (a shift's assignments and
 * coverage, a generated roster's fairness), which the generic buildQuery leaves to their own
 * queries; committedSchema.test.ts validates every document here against apps/api/schema.graphql.
 */

export interface StaffRef {
  id: string;
  name: string;
  jobType?: JobType | null;
  skillLevel?: number;
  teamId?: string | null;
  role?: string;
}

export interface RosterAssignment {
  id: string;
  version: number;
  staffId: string;
  isLeaderOnDuty: boolean;
  swapRequestId: string | null;
  staff: StaffRef | null;
}

export interface CoverageRow {
  jobType: JobType;
  required: number;
  assigned: number;
  missing: number;
}

export interface RosterShift {
  id: string;
  date: string;
  startsAt: string;
  endsAt: string;
  shiftTypeId: string;
  teamId: string;
  team?: { id: string; name: string } | null;
  roster: { id: string; month: string; status: RosterStatus; publishedAt: string | null } | null;
  assignments: RosterAssignment[];
  coverage: CoverageRow[];
}

export interface ShiftTypeRecord {
  id: string;
  version: number;
  name: string;
  kind: ShiftKind;
  days: string;
  startMinute: number;
  endMinute: number;
  minHeadcount: { jobType: JobType; count: number }[];
}

export interface HolidayRecord {
  id: string;
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface FairnessFigures {
  shiftSpread: number;
  nightSpread: number;
  holidayDutySpread: number;
  hoursSpread: number;
  loads: { staff: { id: string; name: string }; shifts: number; nights: number; holidayDuties: number; hours: number }[];
}

/** A working-time rule a person's month breaks (the API's WorkingTimeWarning). */
export interface WorkingTimeWarning {
  rule: 'tooFewDaysOff' | 'monthlyHoursExceeded' | string;
  from: string | null;
  to: string | null;
  daysOff: number | null;
  minDaysOff: number | null;
  hours: number | null;
  max: number | null;
}

/** 工时: a person's month on the roster. */
export interface StaffMonthHours {
  staff: { id: string; name: string };
  shifts: number;
  hours: number;
  standardHours: number;
  overtimeHours: number;
  maxHours: number | null;
  warnings: WorkingTimeWarning[];
}

export interface UnmetCoverage {
  shiftId: string;
  date: string;
  jobType: JobType;
  required: number;
  assigned: number;
}

export interface GeneratedRoster {
  roster: { id: string; month: string; status: RosterStatus };
  fairness: FairnessFigures;
  unmet: UnmetCoverage[];
  shifts: { id: string; shiftTypeId: string }[];
  /** The month's year when it has no public holidays stored. */
  missingHolidayYear: number | null;
}

export interface SwapRecord {
  id: string;
  version: number;
  requesterId: string;
  counterpartId: string;
  requesterShiftId: string;
  counterpartShiftId: string;
  requesterLeaderId: string | null;
  counterpartLeaderId: string | null;
  status: SwapStatus;
  reason: string;
  decisionNote: string | null;
  createdAt: string;
  requester: { id: string; name: string } | null;
  counterpart: { id: string; name: string } | null;
  /** What the viewer may decide (approve, reject): the API's answer, so no button leads to a refusal. */
  availableActions: string[];
}

export interface LeaveRecord {
  id: string;
  version: number;
  staffId: string;
  type: LeaveType;
  startsAt: string;
  endsAt: string;
  status: LeaveStatus;
  awaitingRole: string | null;
  reason: string;
  emergency: boolean;
  exceptional: boolean;
  certificateRef: string | null;
  createdAt: string;
  staff: { id: string; name: string } | null;
}

const SHIFT_FIELDS = `
  id date startsAt endsAt shiftTypeId teamId
  team { id name }
  roster { id month status publishedAt }
  assignments { id version staffId isLeaderOnDuty swapRequestId staff { id name jobType skillLevel teamId } }
  coverage { jobType required assigned missing }
`;

export const SHIFTS = gql`
  query rosterShifts($filter: ShiftFilter, $page: PageInput, $sort: [ShiftSort!]) {
    shifts(filter: $filter, page: $page, sort: $sort) { items { ${SHIFT_FIELDS} } total }
  }
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

const SWAP_FIELDS = `
  id version requesterId counterpartId requesterShiftId counterpartShiftId requesterLeaderId counterpartLeaderId
  status reason decisionNote createdAt requester { id name } counterpart { id name } availableActions
`;

export const SWAP_REQUESTS = gql`
  query schedulingSwaps($filter: ShiftSwapRequestFilter) {
    shiftSwapRequests(filter: $filter, page: { limit: 200 }, sort: [{ field: CREATED_AT, direction: DESC }]) { items { ${SWAP_FIELDS} } }
  }
`;

const LEAVE_FIELDS = `
  id version staffId type startsAt endsAt status awaitingRole reason emergency exceptional certificateRef createdAt staff { id name }
`;

export const LEAVE_REQUESTS = gql`
  query schedulingLeave($filter: LeaveRequestFilter) {
    leaveRequests(filter: $filter, page: { limit: 200 }, sort: [{ field: STARTS_AT, direction: ASC }]) { items { ${LEAVE_FIELDS} } }
  }
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

type Run = <T>(kind: 'query' | 'mutation', document: DocumentNode, variables?: Record<string, unknown>) => Promise<T>;

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
  publishRoster(teamId: string, month: string, confirmMissingHolidays?: boolean): Promise<GeneratedRoster['roster']>;
  rosterHours(teamId: string, month: string): Promise<StaffMonthHours[]>;
  /** The teams that have a roster (draft or published, as the viewer may see) for the month. */
  rosteredTeamIds(month: string): Promise<string[]>;
  yearHasHolidays(year: number): Promise<boolean>;
  swapRequests(filter: { staffId?: string; status?: SwapStatus[]; ids?: string[] }): Promise<SwapRecord[]>;
  leaveRequestsOf(filter: { staffId?: string; status?: LeaveStatus[]; awaitingMe?: boolean }): Promise<LeaveRecord[]>;
}

const clean = (filter: object) => Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));

export function schedulingMethods(run: Run): SchedulingMethods {
  return {
    rosterShifts: async (filter) => {
      const data = await run<{ shifts: { items: RosterShift[] } }>('query', SHIFTS, {
        filter: clean(filter),
        page: { limit: 200 },
        sort: [{ field: 'STARTS_AT', direction: 'ASC' }],
      });
      return data.shifts.items;
    },
    shiftTypesWithHeadcount: async () => (await run<{ shiftTypes: { items: ShiftTypeRecord[] } }>('query', SHIFT_TYPES)).shiftTypes.items,
    holidaysBetween: async (dateFrom, dateTo) => (await run<{ holidays: { items: HolidayRecord[] } }>('query', HOLIDAYS, { filter: { dateFrom, dateTo } })).holidays.items,
    schedulingStaff: async (filter) => (await run<{ staffMembers: { items: StaffRef[] } }>('query', TEAM_STAFF, { filter: clean(filter) })).staffMembers.items,
    generateRoster: async (teamId, month) => (await run<{ generateRoster: GeneratedRoster }>('mutation', GENERATE_ROSTER, { teamId, month })).generateRoster,
    publishRoster: async (teamId, month, confirmMissingHolidays) =>
      (await run<{ publishRoster: GeneratedRoster['roster'] }>('mutation', PUBLISH_ROSTER, { teamId, month, ...(confirmMissingHolidays ? { confirmMissingHolidays } : {}) })).publishRoster,
    rosterHours: async (teamId, month) => (await run<{ rosterHours: StaffMonthHours[] }>('query', ROSTER_HOURS, { teamId, month })).rosterHours,
    rosteredTeamIds: async (month) => (await run<{ rosters: { items: { teamId: string }[] } }>('query', MONTH_ROSTERS, { month })).rosters.items.map((roster) => roster.teamId),
    yearHasHolidays: async (year) => (await run<{ holidays: { total: number } }>('query', YEAR_HOLIDAYS, { year })).holidays.total > 0,
    swapRequests: async (filter) => (await run<{ shiftSwapRequests: { items: SwapRecord[] } }>('query', SWAP_REQUESTS, { filter: clean(filter) })).shiftSwapRequests.items,
    leaveRequestsOf: async (filter) => (await run<{ leaveRequests: { items: LeaveRecord[] } }>('query', LEAVE_REQUESTS, { filter: clean(filter) })).leaveRequests.items,
  };
}
