import type { CustomerTier, LifecycleStage, Role } from '@sanxin/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { takeComplaintNumber } from '../modules/complaint/complaint-number';
import { Complaint } from '../modules/complaint/complaint.entity';
import { Holiday } from '../modules/calendar/holiday.entity';
import { Contact } from '../modules/contact/contact.entity';
import { CustomerTag } from '../modules/customer/customer-tag.entity';
import { Customer } from '../modules/customer/customer.entity';
import { buildSearchText, insertGrams } from '../modules/customer/customer-search';
import { Staff } from '../modules/staff/staff.entity';
import { newId } from '../shared/ids';
import { newRecord } from '../shared/new-record';
import { testNow } from './test-clock';

export const TEST_PASSWORD = 'correct-horse-42';
let passwordHash: Promise<string> | undefined;
let sequence = 0;

export async function makeStaff(dataSource: DataSource, overrides: Partial<Staff> & { role: Role }): Promise<Staff> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  sequence += 1;
  const now = testNow();
  const staff = Object.assign(new Staff(), {
    id: newId(),
    version: 1,
    createdAt: now,
    updatedAt: now,
    username: `${overrides.role.toLowerCase().replace('_', '')}${sequence}`,
    passwordHash: await passwordHash,
    name: `测试员${sequence}`,
    jobType: 'PHONE' as const,
    skillLevel: 3,
    active: true,
    phone: `139${String(10_000_000 + sequence).padStart(8, '0')}`,
    teamId: null,
    ...overrides,
  });
  await dataSource.getRepository(Staff).insert(staff);
  return staff;
}

export interface CustomerSeed {
  name?: string;
  company?: string | null;
  phone?: string | null;
  tier?: CustomerTier;
  lifecycle?: LifecycleStage;
  ownerId?: string | null;
  tags?: string[];
  updatedAt?: Date;
  contacts?: Array<{ name: string; phone?: string }>;
}

export async function makeCustomer(dataSource: DataSource, seed: CustomerSeed = {}): Promise<Customer> {
  sequence += 1;
  const at = seed.updatedAt ?? new Date(Date.UTC(2026, 0, 1) + sequence * 1000);
  const customer = Object.assign(new Customer(), {
    id: newId(at.getTime()),
    version: 1,
    createdAt: at,
    updatedAt: at,
    kind: 'COMPANY' as const,
    name: seed.name ?? `测试客户${sequence}`,
    company: seed.company ?? null,
    phone: seed.phone === undefined ? '13812345678' : seed.phone,
    email: 'kefu@example.cn',
    address: '浙江省杭州市西湖区文三路138号',
    source: 'HOTLINE' as const,
    industry: '物流',
    tier: seed.tier ?? 'B',
    lifecycle: seed.lifecycle ?? 'ACTIVE',
    tags: seed.tags ?? [],
    notes: null,
    ownerId: seed.ownerId ?? null,
    archivedAt: null,
  });
  const contacts = (seed.contacts ?? []).map((c, index) =>
    Object.assign(new Contact(), {
      id: newId(),
      version: 1,
      createdAt: at,
      updatedAt: at,
      customerId: customer.id,
      name: c.name,
      position: '采购经理',
      phone: c.phone ?? '13900001111',
      email: null,
      isPrimary: index === 0,
      archivedAt: null,
    }),
  );
  customer.searchText = buildSearchText(customer, contacts);
  await dataSource.getRepository(Customer).insert(customer);
  await insertGrams(dataSource.manager, [customer]);
  if (customer.tags.length) await dataSource.getRepository(CustomerTag).insert(customer.tags.map((tag) => ({ customerId: customer.id, tag, createdAt: at })));
  if (contacts.length) await dataSource.getRepository(Contact).insert(contacts);
  return customer;
}

/** A complaint registered at `receivedAt` by its owner, straight into the table (no workflow, no deadline computed). */
export async function makeComplaint(dataSource: DataSource, seed: { ownerId: string; receivedAt: Date; categoryCode?: string }): Promise<Complaint> {
  const customer = await makeCustomer(dataSource);
  const [{ id: categoryId }] = await dataSource.query('SELECT id FROM complaint_category WHERE code = ?', [seed.categoryCode ?? 'PRICE']);
  const { receivedAt, ownerId } = seed;
  const complaint = Object.assign(new Complaint(), {
    ...newRecord(receivedAt), customerId: customer.id, channel: 'PHONE', receivedAt, recordedById: ownerId, ownerId, categoryId, severity: 'LOW', emotion: 'CALM',
    description: '多收了服务费', customerRequest: '退还', status: 'RECEIVED', departments: [], slaStartAt: receivedAt, dueAt: receivedAt,
  });
  await dataSource.transaction(async (tx) => {
    complaint.number = await takeComplaintNumber(tx, receivedAt, 'Asia/Shanghai');
    await tx.insert(Complaint, complaint);
  });
  return complaint;
}

/** 元旦 of each year: the year then counts as having its public holidays on file (rosters of it may be published). */
export async function storeNewYearHolidays(dataSource: DataSource, years: readonly number[]): Promise<void> {
  const now = testNow();
  await dataSource.getRepository(Holiday).insert(years.map((year) => ({ id: newId(), version: 1, createdAt: now, updatedAt: now, date: `${year}-01-01`, kind: 'HOLIDAY' as const, name: '元旦' })));
}
