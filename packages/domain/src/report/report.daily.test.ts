import { describe, expect, it } from 'vitest';
import { figuresOf, interactionKind, rollupMetric, weekStartOf } from './report.daily';

describe('interaction kinds of the daily report', () => {
  it('outbound is a proactive call, inbound by outcome', () => {
    expect(interactionKind('OUTBOUND', 'INFO_GIVEN')).toBe('PROACTIVE_CALL');
    expect(interactionKind('INBOUND', 'COMPLAINT_REGISTERED')).toBe('COMPLAINT');
    expect(interactionKind('INBOUND', 'INFO_GIVEN')).toBe('CONSULTATION');
    expect(interactionKind('INBOUND', 'RESOLVED')).toBe('QUERY');
    expect(interactionKind('INBOUND', null)).toBe('QUERY');
  });
});

describe('figuresOf', () => {
  it('folds rows of several people and days into one set of figures', () => {
    const figures = figuresOf([
      { metric: rollupMetric.interaction('PHONE', 'INBOUND', 'INFO_GIVEN'), count: 3 },
      { metric: rollupMetric.interaction('ONLINE', 'INBOUND', 'INFO_GIVEN'), count: 2 },
      { metric: rollupMetric.interaction('PHONE', 'OUTBOUND', null), count: 4 },
      { metric: rollupMetric.interaction('PHONE', 'INBOUND', null), count: 1 },
      { metric: rollupMetric.followUpAttempt, count: 5 },
      { metric: rollupMetric.escalation(1), count: 2 },
      { metric: rollupMetric.escalation(2), count: 1 },
      { metric: rollupMetric.escalation(1), count: 1 },
      { metric: rollupMetric.feedback('SATISFIED'), count: 6 },
      { metric: rollupMetric.urge, count: 2 },
      { metric: rollupMetric.complaintReceived, count: 7 },
      { metric: rollupMetric.complaintClosed, count: 3 },
      { metric: rollupMetric.followUpDue, count: 9 },
      { metric: rollupMetric.followUpDone, count: 8 },
      { metric: rollupMetric.followUpOverdue, count: 1 },
    ]);
    expect(figures.interactions.CONSULTATION).toEqual({ inbound: 5, outbound: 0, total: 5 });
    expect(figures.interactions.PROACTIVE_CALL).toEqual({ inbound: 0, outbound: 4, total: 4 });
    expect(figures.interactions.QUERY.total).toBe(1);
    expect(figures.interactions.FOLLOW_UP).toEqual({ inbound: 0, outbound: 5, total: 5 });
    expect(figures.interactionTotal).toBe(15);
    expect(figures.escalations).toEqual({ 1: 3, 2: 1 });
    expect(figures.escalationTotal).toBe(4);
    expect(figures.feedback).toEqual({ SATISFIED: 6 });
    expect([
      figures.urges,
      figures.complaintsReceived,
      figures.complaintsClosed,
      figures.followUpsDue,
      figures.followUpsDone,
      figures.followUpsOverdue,
    ]).toEqual([2, 7, 3, 9, 8, 1]);
  });

  it('weeks start on Monday', () => {
    expect(weekStartOf('2026-12-02')).toBe('2026-11-30');
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
  });
});
