import type { ApiModule } from '../../shared/api-module';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceViolation } from './attendance-violation.entity';
import { AttendanceRecordResolver, AttendanceViolationCountResolver, AttendanceViolationResolver, ShiftAssignmentAttendanceResolver } from './attendance.resolver';
import { attendanceLoaders } from './attendance.loaders';

/** 考勤: check-in and check-out per shift assignment, and violations as facts (no penalties). */
export const attendanceModule: ApiModule = {
  name: 'attendance',
  entities: [AttendanceRecord, AttendanceViolation],
  resolvers: [AttendanceRecordResolver, AttendanceViolationResolver, AttendanceViolationCountResolver, ShiftAssignmentAttendanceResolver],
  loaders: [attendanceLoaders],
  jobs: [],
};
