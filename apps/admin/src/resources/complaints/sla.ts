import { type EscalationLevelName, escalationLevelOf, type SlaState } from '@sanxin/domain';

export interface SlaSubject {
  slaState?: SlaState | string | null;
  escalationLevel?: EscalationLevelName | null;
  remainingBusinessMinutes?: number | null;
  closedAt?: string | null;
}

export type BadgeColor = 'success' | 'warning' | 'error' | 'secondary' | 'default';

export interface SlaBadge {
  /** A translation key. */
  label: string;
  color: BadgeColor;
  /** data-sla on the chip, for tests and styling. */
  code: string;
}

const STATE_COLORS: Record<SlaState, BadgeColor> = { ON_TIME: 'success', DUE_SOON: 'warning', OVERDUE: 'error' };

/**
 * 限时办结 at a glance: on time / due soon / overdue from the API's `slaState` (business time,
 * decided on the server), then the escalation level (SHIFT_LEADER 班长, DEPT_MANAGER 主任) when the complaint went up.
 * A closed complaint keeps the verdict of when it closed and no longer shows an escalation.
 */
export function slaBadges(complaint: SlaSubject): SlaBadge[] {
  const state = complaint.slaState as SlaState | undefined;
  const badges: SlaBadge[] = [];
  if (state && state in STATE_COLORS) badges.push({ label: `sanxin.enums.slaState.${state}`, color: STATE_COLORS[state], code: state });
  const level = escalationLevelOf(complaint.escalationLevel);
  if (!complaint.closedAt && level >= 1) {
    badges.push({ label: `app.complaint.sla.escalated${level}`, color: level >= 2 ? 'error' : 'secondary', code: `ESCALATED_${level}` });
  }
  return badges;
}

/** "剩 3 小时 20 分" / "超时 1 小时 5 分" in business minutes; nothing for a closed complaint. */
export function remainingTime(minutes: number | null | undefined): { key: string; hours: number; minutes: number } | null {
  if (minutes == null) return null;
  const absolute = Math.abs(minutes);
  return { key: minutes < 0 ? 'app.complaint.sla.overdueBy' : 'app.complaint.sla.remaining', hours: Math.floor(absolute / 60), minutes: absolute % 60 };
}
