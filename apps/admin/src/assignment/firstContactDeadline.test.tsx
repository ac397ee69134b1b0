import { render, screen } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { deadlineColor, deadlineLabel, deadlineOf } from './firstContactDeadline';
import { DeadlineChip } from './MyFirstContacts';

const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
// Local times: the chip speaks of the viewer's calendar days.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);

describe('first-contact deadline', () => {
  const now = at(10, 15);

  it('is overdue once the deadline has passed, counting calendar days', () => {
    expect(deadlineOf(at(10, 9), now)).toEqual({ kind: 'overdue', days: 0 });
    expect(deadlineOf(at(9, 23, 59), now)).toEqual({ kind: 'overdue', days: 1 });
    expect(deadlineOf(at(7, 16), now)).toEqual({ kind: 'overdue', days: 3 });
    expect(deadlineOf(now, now).kind).toBe('overdue');
  });

  it('is due today until midnight, then N days ahead', () => {
    expect(deadlineOf(at(10, 23, 59), now)).toEqual({ kind: 'today' });
    expect(deadlineOf(at(11, 0, 1), now)).toEqual({ kind: 'upcoming', days: 1 });
    expect(deadlineOf(at(17, 9), now)).toEqual({ kind: 'upcoming', days: 7 });
  });

  it('reads 逾期 in red, 今天到期 in orange, N 天后 plain', () => {
    const cases = [at(10, 9), at(8, 9), at(10, 20), at(13, 9)].map((due) => deadlineOf(due, now));
    expect(cases.map((deadline) => deadlineLabel(deadline, translate))).toEqual(['逾期', '逾期 2 天', '今天到期', '3 天后']);
    expect(cases.map(deadlineColor)).toEqual(['error', 'error', 'warning', 'default']);
  });

  it('renders as a coloured chip', () => {
    render(
      <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
        <DeadlineChip dueAt={at(8, 9).toISOString()} now={now} />
      </AdminContext>,
    );
    expect(screen.getByText('逾期 2 天').closest('.MuiChip-root')).toHaveClass('MuiChip-colorError');
  });
});
