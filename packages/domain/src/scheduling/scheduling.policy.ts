import { defaultSettings, type Settings } from '../setting/settings';
import { JOB_TYPES, type JobType } from '../staff/staff.types';
import type { SchedulingPolicy } from './scheduling.types';

const perJobType = (settings: Settings, prefix: 'scheduling.maxMonthlyHours' | 'scheduling.minDaysOffPerWeek'): Record<JobType, number> =>
  Object.fromEntries(JOB_TYPES.map((jobType) => [jobType, settings[`${prefix}.${jobType}`]])) as Record<JobType, number>;

/** The scheduling rules' numbers as the settings have them (the API and the console read them alike). */
export function schedulingPolicyOf(settings: Settings): SchedulingPolicy {
  return {
    minRestHours: settings['scheduling.minRestHours'],
    maxConsecutiveNights: settings['scheduling.maxConsecutiveNights'],
    maxSwapsPerMonth: settings['scheduling.maxSwapsPerMonth'],
    maxSwapSkillGap: settings['scheduling.maxSwapSkillGap'],
    emergencyLeaveNoticeMinutes: settings['scheduling.emergencyLeaveNoticeMinutes'],
    nightLeaveCutoffMinute: settings['scheduling.nightLeaveCutoffMinute'],
    holidayLeaveNoticeDays: settings['scheduling.holidayLeaveNoticeDays'],
    weeklyStandardHours: settings['scheduling.weeklyStandardHours'],
    maxMonthlyHours: perJobType(settings, 'scheduling.maxMonthlyHours'),
    minDaysOffPerWeek: perJobType(settings, 'scheduling.minDaysOffPerWeek'),
  };
}

export const DEFAULT_SCHEDULING_POLICY: SchedulingPolicy = schedulingPolicyOf(defaultSettings());
