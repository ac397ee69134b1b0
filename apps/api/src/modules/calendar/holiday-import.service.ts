import { createHash } from 'node:crypto';
import { diffHolidaySchedule, type HolidayScheduleDiff, localDate, validateCalendarDay, yearsMissingHolidays } from '@sanxin/domain';
import { Between, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../shared/db-errors';
import { AppError, assertValid, badUserInput } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { readSettings } from '../setting';
import { Holiday } from './holiday.entity';
import type { OfficialHolidaySource } from './official-holidays';

export interface HolidayImportPreview extends HolidayScheduleDiff<Holiday> {
  year: number;
  source: string;
  /** False when the source has no schedule for the year yet: nothing to import. */
  available: boolean;
  /** The stored days of the year as previewed; the import refuses (CONFLICT) if they changed since. */
  fingerprint: string;
}

export interface HolidayImportResult {
  year: number;
  source: string;
  added: number;
  changed: number;
  unchanged: number;
}

const YEARS = { min: 2000, max: 2100 };

/** 导入节假日 (step 1): what importing the official schedule of `year` would add and change; writes nothing. */
export async function previewHolidayImport(ctx: ServiceContext, source: OfficialHolidaySource, year: number): Promise<HolidayImportPreview> {
  assertCan(ctx.viewer, 'holiday', 'create');
  assertYear(year);
  return preview(ctx.dataSource.manager, source, year);
}

/** 导入节假日 (step 2): saves exactly what the administrator previewed, audited, or CONFLICT if the stored days changed since. */
export async function importHolidays(ctx: ServiceContext, source: OfficialHolidaySource, year: number, fingerprint: string): Promise<HolidayImportResult> {
  assertCan(ctx.viewer, 'holiday', 'create');
  assertYear(year);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const diff = await preview(manager, source, year);
    if (!diff.available) throw badUserInput([{ rule: 'noOfficialSchedule', field: 'year', params: { year } }]);
    if (diff.fingerprint !== fingerprint) throw new AppError('CONFLICT', `The holidays of ${year} changed since the preview; preview again`);
    const audit = (entityId: string) => auditTarget(ctx, 'holiday', entityId, now);
    for (const day of diff.added) {
      const holiday = Object.assign(new Holiday(), { ...newRecord(now), ...day });
      await manager.insert(Holiday, holiday).catch((error) => {
        throw isUniqueViolation(error) ? new AppError('CONFLICT', `${day.date} was added meanwhile; preview again`) : error;
      });
      await recordAction(manager, audit(holiday.id), 'CREATE', { newValue: `${day.date} ${day.name} (${diff.source})` });
    }
    for (const { day, current } of diff.changed) {
      await updateVersioned(manager, Holiday, 'Holiday', current.id, current.version, { kind: day.kind, name: day.name }, now);
      await recordChanges(manager, audit(current.id), current, { ...current, ...day }, ['kind', 'name']);
    }
    return { year, source: diff.source, added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length };
  });
}

/** Of `years`, those with at least one public holiday stored. */
export async function yearsWithHolidays(manager: EntityManager, years: readonly number[]): Promise<number[]> {
  const found: number[] = [];
  for (const year of [...new Set(years)]) {
    if (await manager.existsBy(Holiday, { kind: 'HOLIDAY', date: Between(`${year}-01-01`, `${year}-12-31`) })) found.push(year);
  }
  return found;
}

/** 节假日提醒: the years whose holidays are missing today, by the business clock (next year from the notice month on). */
export async function yearsMissingHolidaysNow(manager: EntityManager, now: Date, timeZone: string): Promise<number[]> {
  const year = Number(localDate(now, timeZone).slice(0, 4));
  const [settings, stored] = await Promise.all([readSettings(manager), yearsWithHolidays(manager, [year, year + 1])]);
  return yearsMissingHolidays(now, timeZone, settings['calendar.holidayNoticeMonth'], stored);
}

async function preview(manager: EntityManager, source: OfficialHolidaySource, year: number): Promise<HolidayImportPreview> {
  const official = source.schedule(year);
  for (const day of official ?? []) assertValid(validateCalendarDay(day));
  const stored = await manager.find(Holiday, { where: { date: Between(`${year}-01-01`, `${year}-12-31`) }, order: { date: 'ASC' } });
  return { year, source: source.describe(year), available: official !== null, fingerprint: fingerprintOf(stored), ...diffHolidaySchedule(stored, official ?? []) };
}

function fingerprintOf(stored: readonly Holiday[]): string {
  return createHash('sha256').update(stored.map((h) => `${h.id}:${h.version}`).join('|')).digest('hex').slice(0, 32);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < YEARS.min || year > YEARS.max) throw badUserInput([{ rule: 'outOfRange', field: 'year', params: YEARS }]);
}
