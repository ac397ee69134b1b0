import { type DocumentNode, gql } from '@apollo/client';
import type { CalendarDayKind } from '@sanxin/domain';

export interface OfficialDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface StoredDay extends OfficialDay {
  id: string;
  version: number;
}

export interface HolidayImportPreview {
  year: number;
  source: string;
  available: boolean;
  fingerprint: string;
  added: OfficialDay[];
  changed: { day: OfficialDay; current: StoredDay }[];
  unchanged: StoredDay[];
  kept: StoredDay[];
}

export interface HolidayImportResult {
  year: number;
  source: string;
  added: number;
  changed: number;
  unchanged: number;
}

const STORED = 'id version date kind name';

export const HOLIDAY_IMPORT_PREVIEW = gql`
  query holidayImportPreview($year: Int!) {
    holidayImportPreview(year: $year) {
      year source available fingerprint
      added { date kind name }
      changed { day { date kind name } current { ${STORED} } }
      unchanged { ${STORED} }
      kept { ${STORED} }
    }
  }
`;

export const IMPORT_HOLIDAYS = gql`
  mutation importHolidays($year: Int!, $fingerprint: String!) { importHolidays(year: $year, fingerprint: $fingerprint) { year source added changed unchanged } }
`;

export const HOLIDAY_CALENDAR_STATUS = gql`
  query holidayCalendarStatus { holidayCalendarStatus { missingYears } }
`;


type Run = <T>(kind: 'query' | 'mutation', document: DocumentNode, variables?: Record<string, unknown>) => Promise<T>;

export interface HolidayImportMethods {
  holidayImportPreview(year: number): Promise<HolidayImportPreview>;
  importHolidays(year: number, fingerprint: string): Promise<HolidayImportResult>;
  /** Years whose public holidays are missing now (this year; next year from the notice month on). */
  holidayMissingYears(): Promise<number[]>;
}

export function holidayImportMethods(run: Run): HolidayImportMethods {
  return {
    holidayImportPreview: async (year) => (await run<{ holidayImportPreview: HolidayImportPreview }>('query', HOLIDAY_IMPORT_PREVIEW, { year })).holidayImportPreview,
    importHolidays: async (year, fingerprint) => (await run<{ importHolidays: HolidayImportResult }>('mutation', IMPORT_HOLIDAYS, { year, fingerprint })).importHolidays,
    holidayMissingYears: async () => (await run<{ holidayCalendarStatus: { missingYears: number[] } }>('query', HOLIDAY_CALENDAR_STATUS)).holidayCalendarStatus.missingYears,
  };
}
