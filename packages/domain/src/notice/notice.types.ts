import type { StepTable } from '../shared/workflow-steps';
import type { Role } from '../staff/staff.types';

/** What a notice (公告) is about: DOMAIN §8 names policy changes, offers and product updates. */
export const NOTICE_KINDS = ['POLICY_CHANGE', 'OFFER', 'PRODUCT_UPDATE', 'PROCESS_CHANGE', 'SYSTEM', 'OTHER'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A notice is written as a draft, published to everyone, and archived when it no longer applies. */
export const NOTICE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_ACTIONS = ['publish', 'archive'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

/** The API's steps (`NoticeAction` in the schema), one per mutation: `PUBLISH` is `publishNotice`. */
export const NOTICE_STEPS = { PUBLISH: ['publish'], ARCHIVE: ['archive'] } as const satisfies StepTable<string, NoticeAction>;
export type NoticeStep = keyof typeof NOTICE_STEPS;

/**
 * Who must read a published notice: everyone who serves customers or supervises those who do. The
 * administrator (系统管理员) configures the system and is not counted, though they may read it too.
 */
export const NOTICE_AUDIENCE_ROLES = ['AGENT', 'SHIFT_LEADER', 'QA_INSPECTOR', 'DEPT_MANAGER', 'CENTER_DIRECTOR'] as const satisfies readonly Role[];

export interface NoticeDraft {
  kind?: string | null;
  title?: string | null;
  body?: string | null;
  /** 置顶: shown first, above newer notices. */
  pinned?: boolean | null;
}

/** 统一答复口径: the agreed answer to a question customers ask, grouped by topic. */
export interface StandardAnswerDraft {
  topic?: string | null;
  question?: string | null;
  answer?: string | null;
}

/** 案例库: a closed complaint written up for training; no customer details. */
export interface CaseStudyDraft {
  title?: string | null;
  facts?: string | null;
  handling?: string | null;
  lesson?: string | null;
}
