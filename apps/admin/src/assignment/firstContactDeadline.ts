const DAY_MS = 24 * 60 * 60 * 1000;

export type Deadline = { kind: 'overdue'; days: number } | { kind: 'today' } | { kind: 'upcoming'; days: number };

/** Midnight of the date's calendar day, in the viewer's time zone. */
const dayOf = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
/** Whole calendar days from a to b (rounded: a DST day is 23 or 25 hours long). */
const calendarDays = (a: Date, b: Date) => Math.round((dayOf(b).getTime() - dayOf(a).getTime()) / DAY_MS);

/**
 * The first-contact deadline as a chip reads it: past due → 逾期 (by N calendar days), due later
 * today → 今天到期, otherwise N 天后. `now` is an argument so the rule is testable.
 */
export function deadlineOf(dueAt: string | Date, now: Date): Deadline {
  const due = new Date(dueAt);
  if (due.getTime() <= now.getTime()) return { kind: 'overdue', days: calendarDays(due, now) };
  const days = calendarDays(now, due);
  return days === 0 ? { kind: 'today' } : { kind: 'upcoming', days };
}

export const deadlineColor = (deadline: Deadline) => (deadline.kind === 'overdue' ? 'error' : deadline.kind === 'today' ? 'warning' : 'default');

export function deadlineLabel(deadline: Deadline, translate: (key: string, options?: Record<string, unknown>) => string): string {
  if (deadline.kind === 'today') return translate('app.firstContacts.today');
  if (deadline.kind === 'upcoming') return translate('app.firstContacts.inDays', { days: deadline.days });
  return deadline.days > 0 ? translate('app.firstContacts.overdueDays', { days: deadline.days }) : translate('app.firstContacts.overdue');
}
