import type { CustomerKind, CustomerTier, LifecycleStage } from '../customer/customer.types';
import type { FollowUpStatus } from '../follow-up/follow-up.types';

/** 外呼任务: drafted (who, which script, how many a day), then launched once into follow-ups. */
export const CALL_LIST_STATUSES = ['DRAFT', 'LAUNCHED'] as const;
export type CallListStatus = (typeof CALL_LIST_STATUSES)[number];

/** Which customers a list calls: the customer list's filters plus the two a campaign needs. */
export interface CallListFilterDraft {
  tier?: CustomerTier[] | null;
  lifecycle?: LifecycleStage[] | null;
  kind?: CustomerKind | null;
  tag?: string | null;
  ownerId?: string | null;
  /** 已注册未认证: the customers a verification campaign calls. */
  unverified?: boolean | null;
  /** Customers with a running contract ending within this many days (续约提醒). */
  contractEndingWithinDays?: number | null;
}

export interface CallListDraft {
  name?: string | null;
  callScriptId?: string | null;
  agentIds?: string[] | null;
  dailyQuota?: number | null;
  filter?: CallListFilterDraft | null;
}

/** Follow-ups of a list, counted by assignee and status (one grouped query). */
export interface CallListCountRow {
  agentId: string;
  status: FollowUpStatus;
  count: number;
}

export interface CallListTally {
  total: number;
  done: number;
  unreachable: number;
  /** Still to call: OPEN or IN_PROGRESS. */
  open: number;
  cancelled: number;
}

export interface CallListProgress extends CallListTally {
  agents: Array<CallListTally & { agentId: string }>;
}
