/** What other folders reuse of scheduling: business-time-zone dates and their labels. */
export { formatInstant } from './format';
export { fromLocalInput } from './leaveCheck';
export { BUSINESS_TIME_ZONE, nextYear, weekdayLabel } from './rosterModel';
