import { gql } from '@apollo/client';
import type { HolidayCalendarStatusQuery, HolidayImportPreviewQuery, ImportHolidaysMutation, StoredDayFieldsFragment } from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type HolidayImportPreview = HolidayImportPreviewQuery['holidayImportPreview'];
export type OfficialDay = HolidayImportPreview['added'][number];
export type StoredDay = StoredDayFieldsFragment;
export type HolidayImportResult = ImportHolidaysMutation['importHolidays'];

const STORED = gql`
  fragment StoredDayFields on Holiday { id version date kind name }
`;

export const HOLIDAY_IMPORT_PREVIEW = gql`
  query holidayImportPreview($year: Int!) {
    holidayImportPreview(year: $year) {
      year source available fingerprint
      added { date kind name }
      changed { day { date kind name } current { ...StoredDayFields } }
      unchanged { ...StoredDayFields }
      kept { ...StoredDayFields }
    }
  }
  ${STORED}
`;

export const IMPORT_HOLIDAYS = gql`
  mutation importHolidays($year: Int!, $fingerprint: String!) { importHolidays(year: $year, fingerprint: $fingerprint) { year source added changed unchanged } }
`;

export const HOLIDAY_CALENDAR_STATUS = gql`
  query holidayCalendarStatus { holidayCalendarStatus { missingYears } }
`;


export interface HolidayImportMethods {
  holidayImportPreview(year: number): Promise<HolidayImportPreview>;
  importHolidays(year: number, fingerprint: string): Promise<HolidayImportResult>;
  /** Years whose public holidays are missing now (this year; next year from the notice month on). */
  holidayMissingYears(): Promise<number[]>;
}

export function holidayImportMethods(run: Run): HolidayImportMethods {
  return {
    holidayImportPreview: async (year) => (await run<HolidayImportPreviewQuery>('query', HOLIDAY_IMPORT_PREVIEW, { year })).holidayImportPreview,
    importHolidays: async (year, fingerprint) => (await run<ImportHolidaysMutation>('mutation', IMPORT_HOLIDAYS, { year, fingerprint })).importHolidays,
    holidayMissingYears: async () => (await run<HolidayCalendarStatusQuery>('query', HOLIDAY_CALENDAR_STATUS)).holidayCalendarStatus.missingYears,
  };
}
