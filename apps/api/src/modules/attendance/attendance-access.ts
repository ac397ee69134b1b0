import { type AttendanceReach, attendanceReach, mayActOnAttendance } from '@sanxin/domain';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import { Staff } from '../staff';

/** The viewer as attendance's permissions see them: their team, and whether they lead it. */
export interface AttendanceViewer {
  id: string;
  role: Viewer['role'];
  teamId: string | null;
  leadsTeam: boolean;
}

/** One read of the viewer's team, only when the answer depends on it (a leader's team reach). */
export async function attendanceViewer(manager: EntityManager, viewer: Viewer, reach: AttendanceReach): Promise<AttendanceViewer> {
  if (reach !== 'team') return { id: viewer.id, role: viewer.role, teamId: null, leadsTeam: false };
  const me = await manager.findOne(Staff, { where: { id: viewer.id }, select: { id: true, teamId: true, role: true, active: true } });
  return { id: viewer.id, role: viewer.role, teamId: me?.teamId ?? null, leadsTeam: me?.role === 'SHIFT_LEADER' && me.active };
}

/** FORBIDDEN unless the viewer may act on this person's attendance (own; a leader's team; a manager's all). */
export async function assertMayAct(manager: EntityManager, viewer: Viewer, person: { staffId: string; teamId: string | null }, action: 'create' | 'approve'): Promise<void> {
  const reach = attendanceReach(viewer.role, action);
  // The person's own check-in needs no team lookup.
  const needsTeam = reach === 'team' && (action === 'approve' || person.staffId !== viewer.id);
  const me = await attendanceViewer(manager, viewer, needsTeam ? 'team' : reach === 'team' ? 'own' : reach);
  if (!mayActOnAttendance(me, person, action)) throw forbidden('attendance', action, action === 'approve' ? 'a decision about someone outside the team you lead, or yourself' : "someone else's attendance");
}

/** Only the rows the viewer may read: their own, a leader's team too, everything for the managers. */
export async function whereAttendanceReadable<E extends ObjectLiteral>(manager: EntityManager, viewer: Viewer, query: SelectQueryBuilder<E>, alias: string): Promise<void> {
  const reach = attendanceReach(viewer.role, 'list');
  if (reach === 'all') return;
  if (reach === 'none') throw forbidden('attendance', 'list');
  const me = await attendanceViewer(manager, viewer, reach);
  if (me.leadsTeam && me.teamId) query.andWhere(`(${alias}.staffId = :viewerId OR ${alias}.teamId = :viewerTeamId)`, { viewerId: viewer.id, viewerTeamId: me.teamId });
  else query.andWhere(`${alias}.staffId = :viewerId`, { viewerId: viewer.id });
}
