import { ATTENDANCE_VIOLATION_KINDS } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const AttendanceViolationKindEnum = graphqlEnum(ATTENDANCE_VIOLATION_KINDS, 'AttendanceViolationKind', '违纪类型: late, or away from the post', 'attendanceViolationKind');
