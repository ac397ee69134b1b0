import type { ApiModule } from '../../shared/api-module';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceViolation } from './attendance-violation.entity';

/** 考勤: check-in and check-out per shift assignment, and violations as facts (no penalties). */
export const attendanceModule: ApiModule = {
  name: 'attendance',
  entities: [AttendanceRecord, AttendanceViolation],
  resolvers: [],
  loaders: [],
  jobs: [],
};
