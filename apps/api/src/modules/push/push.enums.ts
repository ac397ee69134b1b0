import { registerEnumType } from 'type-graphql';

/** What a push event reports. */
export enum PushEventKind {
  INBOX_CHANGED = 'INBOX_CHANGED',
  ESCALATION_REACHED = 'ESCALATION_REACHED',
  COMPLAINT_CHANGED = 'COMPLAINT_CHANGED',
  FOLLOW_UP_NEEDS_LEADER = 'FOLLOW_UP_NEEDS_LEADER',
  ATTENDANCE_FLAGGED = 'ATTENDANCE_FLAGGED',
}

registerEnumType(PushEventKind, {
  name: 'PushEventKind',
  description: 'What a push event reports',
  valuesConfig: {
    INBOX_CHANGED: { description: 'Something in my inbox (我的待办) changed: reload myInbox' },
    ESCALATION_REACHED: { description: 'A complaint was escalated (升级) to me' },
    COMPLAINT_CHANGED: { description: 'A complaint I own changed (a step, an urge)' },
    FOLLOW_UP_NEEDS_LEADER: { description: 'A follow-up of my team needs me (值班长): a serious result, or a customer who could not be reached; followUps(filter: { awaitingMe: true }) lists them' },
    ATTENDANCE_FLAGGED: { description: 'Someone reached scheduling.violationsToFlag attendance violations this month (to the department managers): attendanceViolationCounts(flaggedOnly: true) lists them' },
  },
});
