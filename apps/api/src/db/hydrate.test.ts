import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Complaint } from '../modules/complaint';
import { ComplaintTimelineEntry } from '../modules/complaint/complaint-timeline-entry.entity';
import { Customer } from '../modules/customer';
import { Staff } from '../modules/staff';
import { makeComplaint, makeCustomer, makeStaff } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { getEntities } from './hydrate';
import { joinToOne } from './paginate';

/** getEntities must answer exactly what TypeORM's getMany answers for the shapes it hydrates itself, and fall back for the rest. */
describe('hydrating pages and timelines without TypeORM’s transformer', () => {
  let t: TestApp;
  let complaintIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const owner = await makeStaff(t.dataSource, { role: 'AGENT', name: '李娜' });
    const complaints = [];
    for (let i = 0; i < 3; i += 1) complaints.push(await makeComplaint(t.dataSource, { ownerId: owner.id, receivedAt: new Date(Date.UTC(2026, 10, 1 + i)) }));
    // One complaint whose owner is no staff row: its LEFT JOIN matches nothing.
    await t.dataSource.getRepository(Complaint).update({ id: complaints[2].id }, { ownerId: 'no-such-staff' });
    complaintIds = complaints.map((c) => c.id);
    await makeCustomer(t.dataSource, { name: '王芳' });
  });
  afterAll(() => t.close());

  const page = (projection: boolean) => {
    const query = t.dataSource.getRepository(Complaint).createQueryBuilder('complaint').where('complaint.id IN (:...ids)', { ids: complaintIds }).orderBy('complaint.receivedAt', 'DESC');
    if (projection) query.select(['complaint.id', 'complaint.number', 'complaint.status', 'complaint.receivedAt', 'complaint.departments', 'complaint.customerId', 'complaint.ownerId']);
    joinToOne(query, 'complaint', { entity: Customer, alias: 'joined_customer', on: 'joined_customer.id = complaint.customerId', into: 'joinedCustomer', columns: ['id', 'name'] });
    joinToOne(query, 'complaint', { entity: Staff, alias: 'joined_owner', on: 'joined_owner.id = complaint.ownerId', into: 'joinedOwner', columns: ['name'] });
    return query;
  };

  it.each([
    ['a projected page', true],
    ['every column', false],
  ])('%s with a customer and an owner joined: the same entities, classes and values (dates, JSON, a missing owner as null)', async (_, projection) => {
    const expected = await page(projection).getMany();
    const actual = await getEntities(page(projection));
    expect(actual).toEqual(expected);
    expect(actual.map((c) => c.constructor)).toEqual(expected.map(() => Complaint));
    expect(actual[0].receivedAt).toBeInstanceOf(Date);
    const byId = new Map(actual.map((c) => [c.id, c as Complaint & { joinedOwner?: Staff | null }]));
    expect(byId.get(complaintIds[0])?.joinedOwner).toBeInstanceOf(Staff);
    expect(byId.get(complaintIds[2])?.joinedOwner).toBeNull();
  });

  it('a timeline with its actors, as the detail reads it', async () => {
    const timeline = () => {
      const query = t.dataSource.getRepository(ComplaintTimelineEntry).createQueryBuilder('entry').where('entry.complaintId IN (:...ids)', { ids: complaintIds }).orderBy('entry.at', 'ASC').addOrderBy('entry.id', 'ASC');
      joinToOne(query, 'entry', { entity: Staff, alias: 'joined_actor', on: 'joined_actor.id = entry.actorId', into: 'joinedActor', columns: ['id', 'name'] });
      return query;
    };
    expect(await getEntities(timeline())).toEqual(await timeline().getMany());
  });

  it('falls back to getMany for a join it does not hydrate (a row selected whole, not mapped onto a property) and when the primary key is not selected', async () => {
    const withRelation = () => t.dataSource.getRepository(Complaint).createQueryBuilder('complaint').leftJoinAndSelect(Customer, 'customer', 'customer.id = complaint.customerId').where('complaint.id IN (:...ids)', { ids: complaintIds });
    const withoutId = () => t.dataSource.getRepository(Complaint).createQueryBuilder('complaint').select(['complaint.number']).where('complaint.id IN (:...ids)', { ids: complaintIds }).orderBy('complaint.number');
    expect(await getEntities(withRelation())).toEqual(await withRelation().getMany());
    expect(await getEntities(withoutId())).toEqual(await withoutId().getMany());
  });
});
