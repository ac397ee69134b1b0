import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCallableAt } from './follow-up.call-window';
import { calendar, policy, shanghai } from './follow-up.fixtures';
import {
  attemptEffect,
  chooseFollowUpAssignee,
  followUpDueAt,
  followUpResultEffects,
  followUpTriggerKey,
  validateAttempt,
  validateFollowUpResult,
} from './follow-up.rules';
import { ATTEMPT_OUTCOMES } from './follow-up.types';

describe('follow-up due time, trigger key and assignee', () => {
  it('is due 3 days (setting) after its trigger', () => {
    expect(followUpDueAt(shanghai('2026-12-01', '10:00'), policy)).toEqual(shanghai('2026-12-04', '10:00'));
    expect(followUpDueAt(shanghai('2026-12-01', '10:00'), { ...policy, dueDays: 1 })).toEqual(shanghai('2026-12-02', '10:00'));
  });

  it('has one key per trigger (per period for periodic care) and none when made by hand', () => {
    expect(followUpTriggerKey('COMPLAINT', 'c1')).toBe('COMPLAINT:c1');
    expect(followUpTriggerKey('PERIODIC_CARE', 'cust1', '2026-12')).toBe('PERIODIC_CARE:cust1:2026-12');
    expect(followUpTriggerKey('MANUAL', 'cust1')).toBeNull();
  });

  it('goes to the complaint’s owner, else the customer’s owner, else the owner team’s leader', () => {
    expect(chooseFollowUpAssignee({ complaintOwnerId: 'a', customerOwnerId: 'b', teamLeaderId: 'l' })).toBe('a');
    expect(chooseFollowUpAssignee({ customerOwnerId: 'b', teamLeaderId: 'l' })).toBe('b');
    expect(chooseFollowUpAssignee({ customerOwnerId: null, teamLeaderId: 'l' })).toBe('l');
    expect(chooseFollowUpAssignee({})).toBeNull();
  });
});

describe('call attempts', () => {
  const now = shanghai('2026-12-02', '10:00');

  it('are validated: an agreed time for an appointment (after the call), a note of at most 1,000 characters, not in the future', () => {
    expect(validateAttempt({ at: now, outcome: 'NO_ANSWER' }, now)).toEqual([]);
    expect(validateAttempt({ at: now, outcome: 'APPOINTMENT' }, now)).toEqual([{ rule: 'required', field: 'appointmentAt' }]);
    expect(validateAttempt({ at: now, outcome: 'APPOINTMENT', appointmentAt: shanghai('2026-12-02', '09:00') }, now)).toEqual([{ rule: 'notAfterAttempt', field: 'appointmentAt' }]);
    expect(validateAttempt({ at: now, outcome: 'REACHED', appointmentAt: shanghai('2026-12-03', '09:00') }, now)).toEqual([{ rule: 'onlyForAppointment', field: 'appointmentAt' }]);
    expect(validateAttempt({ at: now, outcome: 'REACHED', note: '𠮷'.repeat(1001) }, now)).toEqual([{ rule: 'tooLong', field: 'note', params: { max: 1000 } }]);
    expect(validateAttempt({ at: shanghai('2026-12-02', '11:00'), outcome: 'REACHED' }, now)).toEqual([{ rule: 'inFuture', field: 'at' }]);
    expect(validateAttempt({ at: now, outcome: 'HUNG_UP' as never }, now)).toEqual([{ rule: 'invalidChoice', field: 'outcome' }]);
  });

  it('no answer: try again 2 hours later, at the first moment the customer may be called', () => {
    expect(attemptEffect({ at: shanghai('2026-12-02', '09:30'), outcome: 'NO_ANSWER' }, [], policy, calendar)).toEqual({
      status: 'IN_PROGRESS',
      nextAttemptAt: shanghai('2026-12-02', '11:30'),
      dueAt: null,
      reached: false,
    });
    // 11:00 + 2 h is lunch: 14:00. 19:00 + 2 h is night: the next morning at 09:00; Friday night: Saturday 10:00.
    expect(attemptEffect({ at: shanghai('2026-12-02', '11:00'), outcome: 'BUSY' }, [], policy, calendar).nextAttemptAt).toEqual(shanghai('2026-12-02', '14:00'));
    expect(attemptEffect({ at: shanghai('2026-12-02', '19:00'), outcome: 'SILENT_LINE' }, [], policy, calendar).nextAttemptAt).toEqual(shanghai('2026-12-03', '09:00'));
    expect(attemptEffect({ at: shanghai('2026-12-04', '19:00'), outcome: 'NO_ANSWER' }, [], policy, calendar).nextAttemptAt).toEqual(shanghai('2026-12-05', '10:00'));
  });

  it('becomes unreachable after 3 failed attempts spread over 2 days, not after 3 on one morning; a wrong number at once', () => {
    const sameDay = [shanghai('2026-12-02', '09:00'), shanghai('2026-12-02', '11:00')];
    const third = { at: shanghai('2026-12-02', '14:00'), outcome: 'NO_ANSWER' as const };
    expect(attemptEffect(third, sameDay, policy, calendar).status).toBe('IN_PROGRESS');
    const fourth = { at: shanghai('2026-12-03', '09:00'), outcome: 'BUSY' as const };
    expect(attemptEffect(fourth, [...sameDay, third.at], policy, calendar)).toEqual({ status: 'UNREACHABLE', nextAttemptAt: null, dueAt: null, reached: false });
    const twoDays = [shanghai('2026-12-02', '09:00'), shanghai('2026-12-03', '09:00')];
    expect(attemptEffect({ at: shanghai('2026-12-03', '14:00'), outcome: 'SILENT_LINE' }, twoDays, policy, calendar).status).toBe('UNREACHABLE');
    expect(attemptEffect({ at: shanghai('2026-12-02', '09:00'), outcome: 'WRONG_NUMBER' }, [], policy, calendar).status).toBe('UNREACHABLE');
  });

  it('an appointment moves the due time to the agreed time; reached leaves the result to record; a refusal ends the call', () => {
    const appointmentAt = shanghai('2026-12-03', '19:30');
    expect(attemptEffect({ at: shanghai('2026-12-02', '10:00'), outcome: 'APPOINTMENT', appointmentAt }, [], policy, calendar)).toEqual({
      status: 'IN_PROGRESS',
      nextAttemptAt: appointmentAt,
      dueAt: appointmentAt,
      reached: false,
    });
    expect(attemptEffect({ at: shanghai('2026-12-02', '10:00'), outcome: 'REACHED' }, [], policy, calendar)).toMatchObject({ status: 'IN_PROGRESS', reached: true });
    expect(attemptEffect({ at: shanghai('2026-12-02', '10:00'), outcome: 'REFUSED' }, [], policy, calendar)).toMatchObject({ status: 'DONE', reached: true });
  });

  it('a retry is never planned in quiet hours (property, across nights, weekends and the National Day holiday)', () => {
    const instants = fc.date({ min: new Date('2026-09-15T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true });
    const retryOutcome = fc.constantFrom('NO_ANSWER', 'BUSY', 'SILENT_LINE' as const);
    fc.assert(
      fc.property(instants, retryOutcome, fc.integer({ min: 10, max: 1440 }), (at, outcome, retryMinutes) => {
        const effect = attemptEffect({ at, outcome }, [], { ...policy, retryMinutes }, calendar);
        expect(effect.status).toBe('IN_PROGRESS');
        expect(effect.nextAttemptAt).not.toBeNull();
        if (!effect.nextAttemptAt) return;
        expect(effect.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(at.getTime() + retryMinutes * 60_000);
        expect(isCallableAt(effect.nextAttemptAt, calendar, policy)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every outcome has an effect', () => {
    for (const outcome of ATTEMPT_OUTCOMES) {
      const appointmentAt = outcome === 'APPOINTMENT' ? shanghai('2026-12-03', '10:00') : null;
      expect(attemptEffect({ at: shanghai('2026-12-02', '10:00'), outcome, appointmentAt }, [], policy, calendar).status).toMatch(/IN_PROGRESS|UNREACHABLE|DONE/);
    }
  });
});

describe('follow-up results (满意 / 一般 / 不满意)', () => {
  it('need a satisfaction and a score 1-5', () => {
    expect(validateFollowUpResult({ satisfaction: 'SATISFIED', score: 5 }, 'COMPLAINT')).toEqual([]);
    expect(validateFollowUpResult({}, 'MANUAL')).toEqual([
      { rule: 'required', field: 'satisfaction' },
      { rule: 'required', field: 'score' },
    ]);
    expect(validateFollowUpResult({ satisfaction: 'AVERAGE', score: 6 }, 'MANUAL')).toEqual([{ rule: 'outOfRange', field: 'score', params: { min: 1, max: 5 } }]);
    expect(validateFollowUpResult({ satisfaction: 'AVERAGE', score: 2.5 }, 'MANUAL')).toHaveLength(1);
    expect(validateFollowUpResult({ satisfaction: 'SATISFIED', score: 5, suggestions: '好'.repeat(2001) }, 'MANUAL')).toEqual([{ rule: 'tooLong', field: 'suggestions', params: { max: 2000 } }]);
  });

  it('unsatisfied asks what to improve and what follows; reopening needs a complaint', () => {
    expect(validateFollowUpResult({ satisfaction: 'UNSATISFIED', score: 1 }, 'COMPLAINT')).toEqual([
      { rule: 'required', field: 'improvement' },
      { rule: 'required', field: 'unsatisfiedAction' },
    ]);
    expect(validateFollowUpResult({ satisfaction: 'UNSATISFIED', score: 2, improvement: '上门维修太慢', unsatisfiedAction: 'REOPEN_COMPLAINT' }, 'COMPLAINT')).toEqual([]);
    expect(validateFollowUpResult({ satisfaction: 'UNSATISFIED', score: 2, improvement: '上门维修太慢', unsatisfiedAction: 'REOPEN_COMPLAINT' }, 'PERIODIC_CARE')).toEqual([
      { rule: 'noComplaintToReopen', field: 'unsatisfiedAction' },
    ]);
    expect(validateFollowUpResult({ satisfaction: 'SATISFIED', score: 5, unsatisfiedAction: 'OWNER_TASK' }, 'MANUAL')).toEqual([{ rule: 'onlyWhenUnsatisfied', field: 'unsatisfiedAction' }]);
  });

  it('set off what the department does next', () => {
    expect(followUpResultEffects({ satisfaction: 'SATISFIED', score: 5 }, 'COMPLAINT')).toEqual({
      complaintSatisfied: true,
      reopenComplaint: false,
      newComplaint: false,
      ownerTask: false,
      notifyLeader: false,
    });
    expect(followUpResultEffects({ satisfaction: 'UNSATISFIED', score: 1, unsatisfiedAction: 'REOPEN_COMPLAINT', serious: true }, 'COMPLAINT')).toEqual({
      complaintSatisfied: false,
      reopenComplaint: true,
      newComplaint: false,
      ownerTask: false,
      notifyLeader: true,
    });
    expect(followUpResultEffects({ satisfaction: 'UNSATISFIED', score: 2, unsatisfiedAction: 'NEW_COMPLAINT' }, 'PART_REPLACEMENT')).toMatchObject({ newComplaint: true, complaintSatisfied: false });
  });
});
