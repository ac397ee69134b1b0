/** What other modules may use of attendance: the records and violations (the monthly assessment reads them). */
export { AttendanceRecord } from './attendance-record.entity';
export { AttendanceViolation } from './attendance-violation.entity';
