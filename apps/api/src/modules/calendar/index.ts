/** The business calendar (public holidays and make-up working days) for other modules' deadlines and rules. */
export { readBusinessCalendar } from './calendar.service';
export { yearsWithHolidays } from './holiday-import.service';
export { Holiday } from './holiday.entity';
