import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { holidayMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const holidayMessagesEn: Widen<typeof holidayMessages> = {
  resources: {
    holidays: { name: 'Holiday |||| Holidays', fields: { ...commonFields.en, date: 'Date', kind: 'Kind', name: 'Name', year: 'Year' } },
  },
  app: {
    holidayImport: {
      title: 'Import official holidays',
      year: 'Year',
      source: 'Source: %{source}',
      weekday: 'Weekday',
      storedNow: 'Stored now',
      confirm: 'Confirm import',
      added: 'Added',
      changed: 'Changed',
      unchanged: 'Unchanged',
      kept: 'Your own days (kept as they are)',
      summary:
        'The official schedule of %{year} against what is stored: %{added} days added, %{changed} changed, %{unchanged} unchanged. Check, then confirm the import.',
      upToDate: 'The holidays of %{year} already match the official schedule: nothing to import.',
      notAvailable:
        'The holiday package (chinese-days) has no official schedule for %{year} yet (the State Council usually publishes it around November). Have the package updated, or the schedule put in HOLIDAYS_DIR, then import.',
      imported: 'Holidays of %{year} imported: %{added} days added, %{changed} changed',
      changedMeanwhile: 'The stored holidays changed after the preview; the preview is new, check it again',
    },
    holidayNotice: {
      admin:
        'No public holidays are on file for %{years}: rosters would treat New Year, Spring Festival and the rest as working days. Import the official schedule.',
      leader:
        'No public holidays are on file for %{years}: rosters would treat New Year, Spring Festival and the rest as working days. Ask an administrator to import them before publishing.',
    },
  },
};
