import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { ShiftAssignment } from '../scheduling';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceViolation } from './attendance-violation.entity';

export const attendanceLoaders = defineLoaders(({ dataSource }) => ({
  recordById: byIdLoader(dataSource, AttendanceRecord),
  assignmentById: byIdLoader(dataSource, ShiftAssignment),
  /** The record of each assignment of a page (a roster grid), one statement; the field resolver decides who sees it. */
  recordByAssignmentId: new DataLoader<string, AttendanceRecord | null>(async (ids) => {
    const rows = await dataSource.getRepository(AttendanceRecord).findBy({ shiftAssignmentId: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.shiftAssignmentId === id) ?? null);
  }),
  /** The violations of each record of a page, one statement. */
  violationsByRecordId: new DataLoader<string, AttendanceViolation[]>(async (ids) => {
    const rows = await dataSource.getRepository(AttendanceViolation).find({ where: { attendanceRecordId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.attendanceRecordId === id));
  }),
}));
