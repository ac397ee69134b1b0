export const ROLES = ['AGENT', 'SHIFT_LEADER', 'QA_INSPECTOR', 'DEPT_MANAGER', 'CENTER_DIRECTOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const JOB_TYPES = ['PHONE', 'ONLINE', 'FIELD', 'BACK_OFFICE'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export const SKILL_LEVEL_MIN = 1;
export const SKILL_LEVEL_MAX = 5;
