import type { DataSource, EntityManager } from 'typeorm';
import { CustomerAssignment } from '../../modules/assignment/customer-assignment.entity';
import { Holiday } from '../../modules/calendar/holiday.entity';
import { Contact } from '../../modules/contact/contact.entity';
import { CustomerTag } from '../../modules/customer/customer-tag.entity';
import { Customer } from '../../modules/customer/customer.entity';
import { buildSearchText, insertGrams } from '../../modules/customer/customer-search';
import { Interaction } from '../../modules/interaction/interaction.entity';
import { hashPassword } from '../../modules/auth/password';
import { Staff } from '../../modules/staff/staff.entity';
import { Team } from '../../modules/team/team.entity';
import { newId } from '../../shared/ids';
import { groupBy } from '../../shared/group-by';
import { newRecord } from '../../shared/new-record';
import { underSetupLease } from '../migrate';
import { demoAssignments } from './demo-assignments';
import { seedDemoComplaints } from './demo-complaints';
import { seedDemoCallLists } from './demo-call-lists';
import { seedDemoCallScripts } from './demo-call-scripts';
import { seedDemoNotices } from './demo-notices';
import { seedDemoContracts } from './demo-contracts';
import { seedDemoFollowUps } from './demo-follow-ups';
import { seedDemoPendingChanges } from './demo-pending-changes';
import { seedDemoQuality } from './demo-quality';
import { seedDemoScheduling } from './demo-scheduling';
import { seedDemoQualitySummary } from './demo-quality-summary';
import { seedDemoAttendance } from './demo-attendance';
import { seedDemoCalibration } from './demo-calibration';
import { seedDemoImport } from './demo-imports';
import { demoHolidays } from './demo-holidays';
import { DEMO_PASSWORD, type DemoCustomer, type DemoData, generateDemoData } from './demo-data';

const CHUNK = 500;

export interface SeedResult {
  seeded: boolean;
  accounts: Array<{ username: string; role: string }>;
}

/**
 * Idempotent: a database that already has the demo `admin` account is left as it is. Checked and
 * written under the setup lease, so processes starting together seed once (and the unique
 * usernames would refuse a second seed anyway).
 */
export async function seedDemoData(dataSource: DataSource, now: Date, timeZone = 'Asia/Shanghai'): Promise<SeedResult> {
  const data = generateDemoData({ now });
  const accounts = data.staff.map(({ username, role }) => ({ username, role }));
  const seeded = await underSetupLease(dataSource, async () => {
    if (await dataSource.getRepository(Staff).existsBy({ username: 'admin' })) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await dataSource.transaction((manager) => insertDemoData(manager, data, passwordHash, now, timeZone));
    return true;
  });
  return { seeded, accounts };
}

async function insertDemoData(manager: EntityManager, data: DemoData, passwordHash: string, now: Date, timeZone: string): Promise<void> {
  await insertChunks(manager, Holiday, demoHolidays().map((day) => ({ ...newRecord(now), ...day })));
  const teamIds = new Map(data.teams.map((team) => [team.key, newRecord(now)]));
  await manager.insert(Team, data.teams.map((team) => ({ ...teamIds.get(team.key), name: team.name })));

  const staffIds = new Map(data.staff.map((member) => [member.key, newId(now.getTime())]));
  await manager.insert(
    Staff,
    data.staff.map((member) => ({
      ...newRecord(now),
      id: staffIds.get(member.key),
      username: member.username,
      passwordHash,
      name: member.name,
      role: member.role,
      jobType: member.jobType,
      skillLevel: member.skillLevel,
      active: true,
      phone: member.phone,
      teamId: member.teamKey ? (teamIds.get(member.teamKey)?.id ?? null) : null,
    })),
  );

  await seedDemoScheduling(manager, now, {
    timeZone,
    teamIds: [teamIds.get('hotline-1'), teamIds.get('hotline-2')].map((team) => team?.id as string),
    managerId: staffIds.get('manager') as string,
  });
  await seedDemoAttendance(manager, now, 'agent2');

  const customerIds = new Map(data.customers.map((customer) => [customer.key, newId(customer.createdAt.getTime())]));
  const contactsOf = groupBy(data.contacts, (contact) => contact.customerKey);
  const customers = data.customers.map((customer) => toCustomer(customer, customerIds, staffIds, contactsOf.get(customer.key) ?? []));
  await insertChunks(manager, Customer, customers);
  await insertGrams(manager, customers);
  await insertChunks(manager, CustomerAssignment, demoAssignments(customers, staffIds.get('manager') as string, now));
  await seedDemoImport(manager, now, staffIds.get('manager') as string, customers);
  await seedDemoContracts(manager, now, {
    customerIds: customers.map((c) => c.id),
    staffIdsByUsername: new Map(data.staff.map((m) => [m.username, staffIds.get(m.key) as string])),
  });
  await seedDemoComplaints(manager, now, {
    customerIds: customers.map((c) => c.id),
    agentIds: data.staff.filter((m) => m.role === 'AGENT').map((m) => staffIds.get(m.key) as string),
    managerId: staffIds.get('manager') as string,
    timeZone,
  });
  await seedDemoFollowUps(manager, now, timeZone);
  const scripts = await seedDemoCallScripts(manager, now, staffIds.get('manager') as string);
  await seedDemoCallLists(manager, now, timeZone, scripts, staffIds.get('manager') as string);
  await seedDemoPendingChanges(manager, now);
  await seedDemoNotices(manager, now, new Map(data.staff.map((m) => [m.username, staffIds.get(m.key) as string])));
  await insertChunks(manager, CustomerTag, customers.flatMap((c) => [...new Set(c.tags)].map((tag) => ({ customerId: c.id, tag, createdAt: c.createdAt }))));

  const contactIds = new Map<string, string>();
  await insertChunks(
    manager,
    Contact,
    data.contacts.map((contact) => {
      const customerId = customerIds.get(contact.customerKey) as string;
      const id = newId(now.getTime());
      if (contact.isPrimary) contactIds.set(contact.customerKey, id);
      return { ...newRecord(now), id, customerId, name: contact.name, position: contact.position, phone: contact.phone, email: contact.email, isPrimary: contact.isPrimary, archivedAt: null };
    }),
  );
  await insertChunks(
    manager,
    Interaction,
    data.interactions.map((interaction) => ({
      ...newRecord(interaction.occurredAt),
      customerId: customerIds.get(interaction.customerKey) as string,
      contactId: contactIds.get(interaction.customerKey) ?? null,
      staffId: staffIds.get(interaction.staffKey) as string,
      channel: interaction.channel,
      direction: interaction.direction,
      summary: interaction.summary,
      outcome: interaction.outcome,
      occurredAt: interaction.occurredAt,
      archivedAt: null,
    })),
  );
  await seedDemoQuality(manager, now, timeZone);
  // The assessments read last month's evaluations and attendance, seeded above.
  await seedDemoQualitySummary(manager, now, timeZone, staffIds.get('manager') as string);
  await seedDemoCalibration(manager, now);
}

export function toCustomer(
  customer: DemoCustomer,
  customerIds: Map<string, string>,
  staffIds: Map<string, string>,
  contacts: Array<{ name: string; phone: string | null }>,
): Customer {
  const row = Object.assign(new Customer(), {
    id: customerIds.get(customer.key) as string,
    version: 1,
    createdAt: customer.createdAt,
    updatedAt: customer.createdAt,
    kind: customer.kind,
    name: customer.name,
    company: customer.company,
    phone: customer.phone,
    email: customer.email,
    address: customer.address,
    source: customer.source,
    industry: customer.industry,
    tier: customer.tier,
    lifecycle: customer.lifecycle,
    tags: customer.tags,
    notes: customer.notes,
    ownerId: customer.ownerKey ? (staffIds.get(customer.ownerKey) ?? null) : null,
    archivedAt: null,
  });
  row.searchText = buildSearchText(row, contacts);
  return row;
}

export async function insertChunks<T extends object>(manager: EntityManager, target: new () => T, rows: object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager.insert(target, rows.slice(start, start + CHUNK) as never);
  }
}
