import type { Settings } from '../setting/settings';
import { CARE_CADENCES, type CareCadence } from './follow-up.types';

/** A calling window: [start, end) in minutes after local midnight. */
export type CallWindow = readonly [number, number];

/** The follow-up numbers an administrator sets (settings `followUp.*`). */
export interface FollowUpPolicy {
  dueDays: number;
  retryMinutes: number;
  /** Failed attempts (no answer, busy, silent line) before a follow-up is unreachable … */
  maxFailedAttempts: number;
  /** … spread over at least this many different days. */
  failedAttemptDays: number;
  /** How long before and after an agreed time a call still keeps the appointment. */
  appointmentToleranceMinutes: number;
  workdayWindows: CallWindow[];
  restDayWindows: CallWindow[];
  careCadence: Record<'A' | 'B' | 'C', CareCadence>;
}

const cadence = (value: number): CareCadence => CARE_CADENCES[value] ?? 'NONE';

export function followUpPolicy(settings: Settings): FollowUpPolicy {
  return {
    dueDays: settings['followUp.dueDays'],
    retryMinutes: settings['followUp.retryMinutes'],
    maxFailedAttempts: settings['followUp.maxFailedAttempts'],
    failedAttemptDays: settings['followUp.failedAttemptDays'],
    appointmentToleranceMinutes: 30,
    workdayWindows: [
      [settings['followUp.workdayMorningStart'], settings['followUp.workdayMorningEnd']],
      [settings['followUp.workdayAfternoonStart'], settings['followUp.workdayAfternoonEnd']],
    ],
    restDayWindows: [
      [settings['followUp.restDayMorningStart'], settings['followUp.restDayMorningEnd']],
      [settings['followUp.restDayAfternoonStart'], settings['followUp.restDayAfternoonEnd']],
    ],
    careCadence: { A: cadence(settings['followUp.careCadence.A']), B: cadence(settings['followUp.careCadence.B']), C: cadence(settings['followUp.careCadence.C']) },
  };
}
