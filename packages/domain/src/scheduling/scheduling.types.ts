import type { StepTable } from '../shared/workflow-steps';
import type { JobType, Role } from '../staff/staff.types';

/** 白班, 夜班, 节假日值班: the kind decides fairness (nights and holiday duty are spread evenly). */
export const SHIFT_KINDS = ['DAY', 'NIGHT', 'HOLIDAY_DUTY'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

/**
 * Which days a shift type runs on. A 24/7 hotline runs nights every day; day shifts run on working
 * days (weekdays and make-up working days 调休上班) and holiday duty on rest days (weekends and public holidays).
 */
export const SHIFT_DAYS = ['EVERY_DAY', 'WORKING_DAYS', 'REST_DAYS'] as const;
export type ShiftDays = (typeof SHIFT_DAYS)[number];

export const ROSTER_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export const LEAVE_TYPES = ['PERSONAL', 'SICK', 'ANNUAL', 'MARRIAGE', 'BEREAVEMENT', 'MATERNITY', 'PATERNITY', 'COMPENSATORY'] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];

export const LEAVE_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

/**
 * 换班: the named colleague accepts (or declines) first, then both shift leaders approve (or one
 * rejects); the requester may withdraw (CANCELLED) while either waits.
 */
export const SWAP_STATUSES = ['PENDING_COUNTERPART', 'PENDING_LEADERS', 'APPROVED', 'DECLINED', 'REJECTED', 'CANCELLED'] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];
/** The statuses in which a swap still waits for somebody (and counts towards the monthly limit). */
export const OPEN_SWAP_STATUSES = ['PENDING_COUNTERPART', 'PENDING_LEADERS'] as const satisfies readonly SwapStatus[];

export const SWAP_ACTIONS = ['accept', 'decline', 'approve', 'reject', 'edit', 'cancel'] as const;
export type SwapAction = (typeof SWAP_ACTIONS)[number];

/** The API's steps (`SwapAction` in the schema), one per mutation: editing is `updateShiftSwapRequest`, withdrawing `deleteShiftSwapRequest`. */
export const SWAP_STEPS = {
  ACCEPT: ['accept'],
  DECLINE: ['decline'],
  APPROVE: ['approve'],
  REJECT: ['reject'],
  UPDATE: ['edit'],
  DELETE: ['cancel'],
} as const satisfies StepTable<string, SwapAction>;
export type SwapStep = keyof typeof SWAP_STEPS;

export const ROSTER_ACTIONS = ['generate', 'edit', 'publish'] as const;
export type RosterAction = (typeof ROSTER_ACTIONS)[number];

/** 交接班: written by the outgoing shift's leader, acknowledged by the incoming one. */
export const HANDOVER_STATUSES = ['WRITTEN', 'ACKNOWLEDGED'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];
export const HANDOVER_ACTIONS = ['edit', 'acknowledge'] as const;
export type HandoverAction = (typeof HANDOVER_ACTIONS)[number];

export interface Headcount {
  jobType: JobType;
  count: number;
}

export interface ShiftTypeSpec {
  id: string;
  kind: ShiftKind;
  days: ShiftDays;
  /** Minutes after local midnight; an end at or before the start means the shift ends the next day. */
  startMinute: number;
  endMinute: number;
  /** The least staff of each job type the shift needs. */
  minHeadcount: Headcount[];
}

/** A shift on the time line: one shift type on one date, with its instants in the business time zone. */
export interface PlacedShift {
  shiftId: string;
  /** The local date the shift starts on (YYYY-MM-DD). */
  date: string;
  kind: ShiftKind;
  start: Date;
  end: Date;
}

export interface RosterPerson {
  id: string;
  role: Role;
  jobType: JobType | null;
  skillLevel: number;
}

/** Approved (or, for conflicts, pending) leave: the person is away from `start` to `end`. */
export interface Absence {
  staffId: string;
  start: Date;
  end: Date;
}

/** The numbers of DOMAIN §7 an administrator can change (settings `scheduling.*`). */
export interface SchedulingPolicy extends WorkingTimeRules {
  minRestHours: number;
  maxConsecutiveNights: number;
  maxSwapsPerMonth: number;
  maxSwapSkillGap: number;
  emergencyLeaveNoticeMinutes: number;
  /** Minutes after local midnight by which leave for that night's shift is asked (12:00 = 720). */
  nightLeaveCutoffMinute: number;
  holidayLeaveNoticeDays: number;
}

/** Working time (工时): the standard week, and per job type a monthly ceiling and the days off every seven days. */
export interface WorkingTimeRules {
  /** Hours of a standard week (40); hours above the month's standard (its working days × weekly / 5) are overtime. */
  weeklyStandardHours: number;
  /** The most hours a person of the job type is rostered in a month (shifts count in the month they start). */
  maxMonthlyHours: Record<JobType, number>;
  /** The least dates entirely free of work in any 7 consecutive dates. */
  minDaysOffPerWeek: Record<JobType, number>;
}
