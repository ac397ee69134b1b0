import { type Violation, validatePassword, validateStaff } from '@sanxin/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertValid, notFound, ruleViolation } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { containsPattern } from '../../shared/like';
import { optionalText, presentKeys, trimmedText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { hashPassword, revokeSessionsOf } from '../auth';
import { recordSecurityEvent } from '../security';
import { Team } from '../team';
import { Staff } from './staff.entity';
import { type CreateStaffInput, type StaffFilter, type StaffSort, type StaffSortField, type UpdateStaffInput } from './staff.inputs';

const SORT_COLUMNS: Record<StaffSortField, SortColumn<Staff>> = {
  NAME: { sql: 'staff.name', read: (s) => s.name },
  USERNAME: { sql: 'staff.username', read: (s) => s.username },
  ROLE: { sql: 'staff.role', read: (s) => s.role },
  CREATED_AT: { sql: 'staff.createdAt', read: (s) => s.createdAt, isDate: true },
};
const AUDITED_FIELDS = ['name', 'role', 'jobType', 'skillLevel', 'teamId', 'phone', 'active'] as const;

export async function listStaff(ctx: ServiceContext, filter: StaffFilter | null | undefined, sort: StaffSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<Staff>> {
  assertCan(ctx.viewer, 'staff', 'list');
  const query = ctx.dataSource.getRepository(Staff).createQueryBuilder('staff');
  const f = filter ?? {};
  if (f.q?.trim()) query.andWhere("(staff.name LIKE :q ESCAPE '!' OR staff.username LIKE :q ESCAPE '!')", { q: containsPattern(f.q.trim()) });
  whereIds(query, 'staff', f.ids);
  if (f.role?.length) query.andWhere('staff.role IN (:...roles)', { roles: f.role });
  if (f.active != null) query.andWhere('staff.active = :active', { active: f.active });
  if (f.teamId) query.andWhere('staff.teamId = :teamId', { teamId: f.teamId });
  return paginate({ query, alias: 'staff', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'NAME', direction: SortDirection.ASC }], page });
}

export async function getStaff(ctx: ServiceContext, id: string): Promise<Staff | null> {
  assertCan(ctx.viewer, 'staff', 'show');
  return ctx.dataSource.getRepository(Staff).findOneBy({ id });
}

export function resolveViewerStaff(deps: { dataSource: DataSource }, id: string): Promise<Staff | null> {
  return deps.dataSource.getRepository(Staff).findOneBy({ id });
}

export async function createStaff(ctx: ServiceContext, input: CreateStaffInput): Promise<Staff> {
  assertCan(ctx.viewer, 'staff', 'create');
  const draft = { ...input, username: input.username.trim().toLowerCase(), name: trimmedText(input.name), phone: optionalText(input.phone) };
  assertValid(validateStaff(draft, 'create'));
  const manager = ctx.dataSource.manager;
  const violations: Violation[] = [...(await teamViolations(manager, draft.teamId))];
  if (await manager.existsBy(Staff, { username: draft.username })) violations.push({ rule: 'duplicate', field: 'username' });
  assertValid(violations);
  const now = ctx.clock.now();
  const staff = Object.assign(new Staff(), {
    ...newRecord(now),
    username: draft.username,
    passwordHash: await hashPassword(input.password),
    name: draft.name ?? '',
    role: draft.role,
    jobType: draft.jobType ?? null,
    skillLevel: draft.skillLevel ?? 1,
    active: true,
    phone: draft.phone ?? null,
    teamId: draft.teamId ?? null,
  });
  await ctx.dataSource.transaction(async (tx) => {
    await tx.insert(Staff, staff);
    await recordAction(tx, auditTarget(ctx, 'staff', staff.id, now), 'CREATE', { newValue: staff.username });
    await recordSecurityEvent(tx, { ...securityFields(ctx, staff.id, now), kind: 'ROLE_CHANGED', detail: `new account ${staff.username}: ${staff.role}` });
  });
  return staff;
}

export async function updateStaff(ctx: ServiceContext, id: string, version: number, input: UpdateStaffInput): Promise<Staff> {
  assertCan(ctx.viewer, 'staff', 'edit');
  const current = await findStaff(ctx.dataSource.manager, id);
  const draft = { ...input, name: trimmedText(input.name), phone: optionalText(input.phone) };
  assertValid([...validateStaff(draft, 'update'), ...(input.password ? validatePassword(input.password, current.username) : [])]);
  assertValid(await teamViolations(ctx.dataSource.manager, draft.teamId));
  if (id === ctx.viewer.id && (draft.active === false || (draft.role && draft.role !== current.role))) {
    throw ruleViolation('Administrators cannot deactivate themselves or change their own role', [{ rule: 'selfLockout', field: draft.active === false ? 'active' : 'role' }]);
  }
  const fields = presentKeys(draft).filter((f) => (AUDITED_FIELDS as readonly string[]).includes(f)) as Array<(typeof AUDITED_FIELDS)[number]>;
  const changes: Partial<Staff> = Object.fromEntries(fields.map((f) => [f, draft[f]]));
  if (input.password) changes.passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Staff, 'Staff', id, version, changes, now);
    await recordChanges(tx, auditTarget(ctx, 'staff', id, now), current, { ...current, ...changes }, fields, { piiFields: ['phone'] });
    if (input.password) await recordAction(tx, auditTarget(ctx, 'staff', id, now), 'UPDATE', { field: 'password', newValue: '****' });
    const event = securityFields(ctx, id, now);
    if (changes.role && changes.role !== current.role) await recordSecurityEvent(tx, { ...event, kind: 'ROLE_CHANGED', detail: `${current.role} → ${changes.role}` });
    if (changes.active !== undefined && changes.active !== current.active) {
      await recordSecurityEvent(tx, { ...event, kind: 'ACTIVATION_CHANGED', detail: changes.active ? 'activated' : 'deactivated' });
    }
    if (input.password) await recordSecurityEvent(tx, { ...event, kind: 'PASSWORD_CHANGED', detail: 'set by an administrator' });
  });
  // A deactivated account or a new password ends every open session of that person.
  if (changes.active === false || input.password) await revokeSessionsOf(ctx.dataSource, id, now);
  return findStaff(ctx.dataSource.manager, id);
}

export async function deactivateStaff(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  // Here the client named only the record: the refusal points at `id`, not at updateStaff's `active`.
  if (id === ctx.viewer.id) throw ruleViolation('Administrators cannot deactivate themselves', [{ rule: 'selfLockout', field: 'id' }]);
  await updateStaff(ctx, id, version, { active: false });
  return true;
}

function securityFields(ctx: ServiceContext, subjectId: string, at: Date) {
  return { outcome: 'SUCCESS' as const, at, ip: ctx.ip ?? 'unknown', staffId: ctx.viewer.id, subjectId };
}

async function findStaff(manager: EntityManager, id: string): Promise<Staff> {
  const staff = await manager.findOneBy(Staff, { id });
  if (!staff) throw notFound('Staff', id);
  return staff;
}

async function teamViolations(manager: EntityManager, teamId: string | null | undefined): Promise<Violation[]> {
  if (!teamId) return [];
  return (await manager.existsBy(Team, { id: teamId })) ? [] : [{ rule: 'notFound', field: 'teamId' }];
}

