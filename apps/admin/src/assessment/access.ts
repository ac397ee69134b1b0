import { canAccess, type Role } from '@sanxin/domain';

/** 月考核's table: QA, the managers, and a shift leader for their team; an agent has 我的考核 instead. */
export const canSeeAssessmentTable = (role: Role | undefined) => !!role && role !== 'AGENT' && canAccess(role, 'monthlyAssessment', 'list');

/** 我的考核: the people rostered on the phones are the ones assessed each month. */
export const isAssessed = (role: Role | undefined) => role === 'AGENT' || role === 'SHIFT_LEADER';
