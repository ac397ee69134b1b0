import {
  CUSTOMER_TIERS,
  LIFECYCLE_STAGES,
  duplicateReasons,
  validateContact,
  validateCustomer,
  validateInteraction,
  validateStaff,
} from '@sanxin/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, generateCustomers, generateDemoData } from './demo-data';

const now = new Date('2025-03-14T06:30:00Z'); // a Friday, 14:30 in Shanghai
const data = generateDemoData({ now });
const DAY_MS = 86_400_000;

describe('generateDemoData', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoData({ now })).toEqual(data);
    expect(generateDemoData({ now, seed: 7 })).toEqual(generateDemoData({ now, seed: 7 }));
    expect(generateDemoData({ now, seed: 7 }).customers).not.toEqual(data.customers);
  });

  it('makes 200 customers and 1000 interactions by default, and honours the counts', () => {
    expect(data.customers).toHaveLength(200);
    expect(data.interactions).toHaveLength(1000);
    const small = generateDemoData({ now, customers: 10, interactions: 25 });
    expect(small.customers).toHaveLength(10);
    expect(small.interactions).toHaveLength(25);
  });

  it('has the demo accounts with their roles, one leader per hotline team', () => {
    const roles = Object.fromEntries(data.staff.map((member) => [member.username, member.role]));
    expect(roles).toEqual({
      admin: 'ADMIN',
      director: 'CENTER_DIRECTOR',
      manager: 'DEPT_MANAGER',
      leader: 'SHIFT_LEADER',
      leader2: 'SHIFT_LEADER',
      qa: 'QA_INSPECTOR',
      agent: 'AGENT',
      ...Object.fromEntries([2, 3, 4, 5, 6, 7, 8].map((n) => [`agent${n}`, 'AGENT'])),
    });
    const leaderTeams = data.staff.filter((member) => member.role === 'SHIFT_LEADER').map((member) => member.teamKey);
    expect(leaderTeams.sort()).toEqual(['hotline-1', 'hotline-2']);
    const agents = data.staff.filter((member) => member.role === 'AGENT');
    expect(new Set(agents.map((agent) => agent.jobType))).toEqual(new Set(['PHONE', 'ONLINE', 'FIELD']));
    const teamKeys = new Set(data.teams.map((team) => team.key));
    expect(data.staff.every((member) => member.teamKey === null || teamKeys.has(member.teamKey))).toBe(true);
  });

  it('gives staff valid drafts and mainland mobile numbers', () => {
    for (const member of data.staff) {
      // The demo password itself is on the common list on purpose: demo accounts must change it in production.
      expect(validateStaff({ ...member, password: DEMO_PASSWORD }, 'create').map((v) => v.rule), member.username).toEqual(['commonPassword']);
      const violations = validateStaff({ ...member, password: 'Correct-Horse-Battery-42' }, 'create');
      expect(violations, member.username).toEqual([]);
      expect(member.phone).toMatch(/^1[3-9]\d{9}$/);
    }
  });

  it('gives every customer a valid draft, unique key and a known owner or none', () => {
    const agentKeys = new Set(data.staff.filter((member) => member.role === 'AGENT').map((member) => member.key));
    for (const customer of data.customers) {
      expect(validateCustomer(customer, 'create'), customer.key).toEqual([]);
      expect(customer.ownerKey === null || agentKeys.has(customer.ownerKey)).toBe(true);
      expect(customer.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(customer.createdAt.getTime()).toBeGreaterThan(now.getTime() - 731 * DAY_MS);
    }
    expect(new Set(data.customers.map((customer) => customer.key)).size).toBe(data.customers.length);
    const unassigned = data.customers.filter((customer) => customer.ownerKey === null).length;
    expect(unassigned).toBeGreaterThan(5);
    expect(unassigned).toBeLessThan(40);
  });

  it('covers every tier and lifecycle stage with a realistic mix', () => {
    const count = (predicate: (customer: (typeof data.customers)[number]) => boolean) => data.customers.filter(predicate).length;
    for (const tier of CUSTOMER_TIERS) expect(count((customer) => customer.tier === tier), tier).toBeGreaterThan(0);
    for (const stage of LIFECYCLE_STAGES) expect(count((customer) => customer.lifecycle === stage), stage).toBeGreaterThan(0);
    expect(count((customer) => customer.kind === 'COMPANY')).toBeGreaterThan(100);
    expect(count((customer) => customer.kind === 'INDIVIDUAL')).toBeGreaterThan(50);
    expect(count((customer) => customer.email !== null)).toBeGreaterThan(70);
  });

  it('includes the customers demos and tests rely on', () => {
    expect(data.customers.some((customer) => customer.name.includes('客户投诉处理'))).toBe(true);
    const fourByte = /[\u{10000}-\u{10FFFF}]/u;
    expect(data.customers.some((customer) => customer.kind === 'COMPANY' && fourByte.test(customer.name))).toBe(true);
    expect(data.customers.some((customer) => customer.kind === 'INDIVIDUAL' && fourByte.test(customer.name))).toBe(true);
    // One pair of likely duplicates (same name and company, another phone) to try the merge on.
    const pairs = data.customers.filter((a, i) => data.customers.some((b, j) => j > i && duplicateReasons(b, a).includes('NAME_AND_COMPANY')));
    expect(pairs).toHaveLength(1);
  });

  it('gives companies 1-3 contacts with one primary, individuals at most one, all valid', () => {
    const byCustomer = new Map<string, typeof data.contacts>();
    for (const contact of data.contacts) {
      expect(validateContact(contact, 'create')).toEqual([]);
      byCustomer.set(contact.customerKey, [...(byCustomer.get(contact.customerKey) ?? []), contact]);
    }
    for (const customer of data.customers) {
      const contacts = byCustomer.get(customer.key) ?? [];
      if (customer.kind === 'COMPANY') expect(contacts.length).toBeGreaterThanOrEqual(1);
      expect(contacts.length).toBeLessThanOrEqual(customer.kind === 'COMPANY' ? 3 : 1);
      if (contacts.length > 0) expect(contacts.filter((contact) => contact.isPrimary)).toHaveLength(1);
    }
  });

  it('logs valid interactions by fitting staff within the 90 days before now, never before the customer existed', () => {
    const customers = new Map(data.customers.map((customer) => [customer.key, customer]));
    const staffKeys = new Set(data.staff.map((member) => member.key));
    for (const interaction of data.interactions) {
      expect(validateInteraction(interaction, 'create', now)).toEqual([]);
      const time = interaction.occurredAt.getTime();
      expect(time).toBeLessThanOrEqual(now.getTime());
      expect(time).toBeGreaterThanOrEqual(now.getTime() - 90 * DAY_MS);
      expect(time).toBeGreaterThanOrEqual(customers.get(interaction.customerKey)!.createdAt.getTime());
      expect(staffKeys.has(interaction.staffKey)).toBe(true);
    }
    const jobTypes = new Map(data.staff.map((member) => [member.key, member.jobType]));
    for (const chat of data.interactions.filter((i) => i.channel === 'ONLINE')) expect(jobTypes.get(chat.staffKey)).toBe('ONLINE');
    for (const visit of data.interactions.filter((i) => i.channel === 'VISIT' && i.direction === 'OUTBOUND')) expect(jobTypes.get(visit.staffKey)).toBe('FIELD');
    const times = data.interactions.map((interaction) => interaction.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('has a realistic channel and outcome mix in office hours', () => {
    const share = (predicate: (interaction: (typeof data.interactions)[number]) => boolean) =>
      data.interactions.filter(predicate).length / data.interactions.length;
    expect(share((i) => i.channel === 'PHONE' && i.direction === 'INBOUND')).toBeGreaterThan(0.35);
    expect(share((i) => i.channel === 'PHONE' && i.direction === 'OUTBOUND')).toBeGreaterThan(0.1);
    for (const channel of ['VISIT', 'EMAIL', 'MESSAGE', 'ONLINE', 'LETTER']) expect(share((i) => i.channel === channel), channel).toBeGreaterThan(0);
    expect(share((i) => i.outcome === 'NO_ANSWER' && !(i.channel === 'PHONE' && i.direction === 'OUTBOUND'))).toBe(0);
    const shanghaiHour = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).getUTCHours();
    expect(share((i) => shanghaiHour(i.occurredAt) >= 8 && shanghaiHour(i.occurredAt) < 18)).toBeGreaterThan(0.8);
  });
});

describe('generateCustomers', () => {
  // Its speed is a benchmark figure (pnpm bench:customers), not an assertion: this machine is shared.
  it('makes 100,000 customers with unique keys and varied names', () => {
    const customers = generateCustomers(100_000, { seed: 1, now, ownerKeys: ['agent', 'agent2'] });
    expect(customers).toHaveLength(100_000);
    expect(new Set(customers.map((customer) => customer.key)).size).toBe(100_000);
    expect(new Set(customers.map((customer) => customer.name)).size).toBeGreaterThan(80_000);
  });

  it('leaves every customer unassigned when there are no owners', () => {
    expect(generateCustomers(20, { seed: 1, now, ownerKeys: [] }).every((customer) => customer.ownerKey === null)).toBe(true);
  });
});
