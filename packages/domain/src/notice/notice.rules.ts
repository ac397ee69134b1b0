import type { ComplaintStatus } from '../complaint/complaint.types';
import { isComplaintClosed } from '../complaint/complaint.types';
import { maxLength, notCleared, oneOf, requiredText } from '../rules';
import type { Violation } from '../violation';
import { type CaseStudyDraft, NOTICE_KINDS, type NoticeDraft, type StandardAnswerDraft } from './notice.types';

export const NOTICE_LIMITS = { title: 100, body: 5000, topic: 30, question: 500, answer: 4000, caseText: 4000 } as const;

type Mode = 'create' | 'update';

/** A field required on create may be left out on update, but not emptied. */
function required(field: string, value: string | null | undefined, mode: Mode): Violation[] {
  if (mode === 'create') return requiredText(field, value);
  return value != null && value.trim() === '' ? [{ rule: 'required', field }] : notCleared(field, value);
}

function text(field: string, value: string | null | undefined, mode: Mode, max: number): Violation[] {
  return [...required(field, value, mode), ...maxLength(field, value, max)];
}

export function validateNotice(draft: NoticeDraft, mode: Mode): Violation[] {
  return [
    ...(mode === 'create' ? requiredText('kind', draft.kind) : notCleared('kind', draft.kind)),
    ...oneOf('kind', draft.kind, NOTICE_KINDS),
    ...text('title', draft.title, mode, NOTICE_LIMITS.title),
    ...text('body', draft.body, mode, NOTICE_LIMITS.body),
  ];
}

export function validateStandardAnswer(draft: StandardAnswerDraft, mode: Mode): Violation[] {
  return [
    ...text('topic', draft.topic, mode, NOTICE_LIMITS.topic),
    ...text('question', draft.question, mode, NOTICE_LIMITS.question),
    ...text('answer', draft.answer, mode, NOTICE_LIMITS.answer),
  ];
}

export function validateCaseStudy(draft: CaseStudyDraft, mode: Mode): Violation[] {
  return [
    ...text('title', draft.title, mode, NOTICE_LIMITS.title),
    ...text('facts', draft.facts, mode, NOTICE_LIMITS.caseText),
    ...text('handling', draft.handling, mode, NOTICE_LIMITS.caseText),
    ...text('lesson', draft.lesson, mode, NOTICE_LIMITS.caseText),
  ];
}

/** 案例库 takes only finished complaints: handled and closed, or closed as rejected (the explanation is a lesson too). */
export function caseSourceViolations(status: ComplaintStatus): Violation[] {
  return isComplaintClosed(status) ? [] : [{ rule: 'complaintNotClosed', field: 'complaintId', params: { status } }];
}

/** Seven or more digits, possibly split by spaces, dashes or brackets: a phone, ID card or account number. */
const LONG_NUMBER = /\+?[(（]?[0-9][0-9\- ()（）]{5,}[0-9Xx]/g;
/** 2026-11-03: a date, not a number to hide. */
const DATE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$/;
const EMAIL = /[^\s@，。；：,;:]+@[^\s@，。；：,;:]+\.[A-Za-z]{2,}/g;
export const SCRUBBED = '***';
export const SCRUBBED_NAME = '客户';

/**
 * A case is read by everyone for years; the customer's details stay in the complaint (保密, DOMAIN §2).
 * Replaces the given details (an address) and long numbers (phones, ID cards) and e-mail addresses by
 * ***, and the given names (the customer's, the company's, the contact's) by 客户, in `text`. Longer names first, so 张伟明 is not left as 客户明.
 */
export function scrubContactDetails(
  text: string,
  names: readonly (string | null | undefined)[] = [],
  details: readonly (string | null | undefined)[] = [],
): string {
  let out = text;
  for (const detail of longestFirst(details)) out = out.split(detail).join(SCRUBBED);
  out = out.replace(EMAIL, SCRUBBED).replace(LONG_NUMBER, hideNumber);
  for (const name of longestFirst(names)) out = out.split(name).join(SCRUBBED_NAME);
  return out;
}

function hideNumber(match: string): string {
  if (match.replace(/\D/g, '').length < 7 || DATE.test(match.trim())) return match;
  // An opening bracket belongs to the number only when the number closes it: （138…） keeps its （.
  const opens = /^[(（]/.test(match) && !/[)）]/.test(match);
  return opens ? `${match[0]}${SCRUBBED}` : SCRUBBED;
}

function longestFirst(values: readonly (string | null | undefined)[]): string[] {
  const distinct = new Set(values.map((value) => value?.trim() ?? '').filter((value) => Array.from(value).length >= 2));
  return [...distinct].sort((a, b) => b.length - a.length);
}

/** Read receipts of a notice against the people who should read it (NOTICE_AUDIENCE_ROLES, active). */
export interface ReceiptProgress {
  expected: number;
  read: number;
  /** 0–100, one decimal; 100 when nobody is expected. */
  percent: number;
}

export function receiptProgress(expectedReaderIds: readonly string[], readerIds: readonly string[]): ReceiptProgress {
  const expected = new Set(expectedReaderIds);
  const read = new Set(readerIds.filter((id) => expected.has(id))).size;
  const percent = expected.size === 0 ? 100 : Math.round((read / expected.size) * 1000) / 10;
  return { expected: expected.size, read, percent };
}
