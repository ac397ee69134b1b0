import type {
  CustomerKind,
  CustomerSource,
  CustomerTier,
  InteractionChannel,
  InteractionDirection,
  InteractionOutcome,
  JobType,
  LifecycleStage,
  Role,
} from '@sanxin/domain';
import {
  ADDRESS_DETAILS,
  BRANDS,
  CHANNEL_MARKS,
  CITIES,
  type City,
  COMPANY_POSITIONS,
  DEPARTMENTS,
  EMAIL_MAILBOXES,
  FEATURED_CUSTOMERS,
  type FeaturedCustomer,
  FREE_MAIL_DOMAINS,
  GIVEN_NAME_CHARS,
  INDUSTRIES,
  MOBILE_PREFIXES,
  NOTES,
  PERSONAL_INDUSTRIES,
  PERSONAL_POSITIONS,
  PRODUCTS,
  SHOP_TAILS,
  STREETS,
  SUMMARIES,
  SURNAMES,
  type Syllable,
  TAGS,
} from './demo-vocabulary';
import { createRandom, deriveSeed, type Random, type Weighted, weightedPicker } from './random';

/**
 * Pure, deterministic demo data: the same seed and `now` always give the same rows. No I/O here;
 * the seed command turns these drafts into database rows (hashing DEMO_PASSWORD, mapping keys to ids).
 */

export interface DemoTeam { key: string; name: string }
export interface DemoStaff { key: string; username: string; name: string; role: Role; jobType: JobType | null; skillLevel: number; teamKey: string | null; phone: string }
export interface DemoCustomer { key: string; kind: CustomerKind; name: string; company: string | null; phone: string; email: string | null; address: string; source: CustomerSource; industry: string; tier: CustomerTier; lifecycle: LifecycleStage; tags: string[]; notes: string | null; ownerKey: string | null; createdAt: Date }
export interface DemoContact { customerKey: string; name: string; position: string; phone: string; email: string | null; isPrimary: boolean }
export interface DemoInteraction { customerKey: string; staffKey: string; channel: InteractionChannel; direction: InteractionDirection; summary: string; outcome: InteractionOutcome; occurredAt: Date }
export interface DemoData { teams: DemoTeam[]; staff: DemoStaff[]; customers: DemoCustomer[]; contacts: DemoContact[]; interactions: DemoInteraction[] }

/** Shared by every demo account; long enough for the password rule (10+ characters). */
export const DEMO_PASSWORD = 'sanxin-demo';

const DEFAULT_SEED = 20240601;
const DEFAULT_CUSTOMERS = 200;
const DEFAULT_INTERACTIONS = 1000;
const CUSTOMER_HISTORY_DAYS = 730;
const INTERACTION_HISTORY_DAYS = 90;
const NEW_CUSTOMER_DAYS = 60;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** China has one time zone and no daylight saving, so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const STREAMS = { staff: 0, customers: 1, contacts: 2, interactions: 3 } as const;

export const DEMO_TEAMS: DemoTeam[] = [
  { key: 'hotline-1', name: '热线一班' },
  { key: 'hotline-2', name: '热线二班' },
  { key: 'online', name: '在线服务组' },
  { key: 'field', name: '售后现场组' },
];

/** Usernames are documented for demo logins, so they are fixed; only phone numbers come from the seed. */
const STAFF_ROSTER: Omit<DemoStaff, 'key' | 'phone'>[] = [
  { username: 'admin', name: '郑国强', role: 'ADMIN', jobType: null, skillLevel: 3, teamKey: null },
  { username: 'director', name: '周建华', role: 'CENTER_DIRECTOR', jobType: null, skillLevel: 5, teamKey: null },
  { username: 'manager', name: '林慧敏', role: 'DEPT_MANAGER', jobType: null, skillLevel: 5, teamKey: null },
  { username: 'leader', name: '王海燕', role: 'SHIFT_LEADER', jobType: 'PHONE', skillLevel: 5, teamKey: 'hotline-1' },
  { username: 'leader2', name: '陈志刚', role: 'SHIFT_LEADER', jobType: 'PHONE', skillLevel: 4, teamKey: 'hotline-2' },
  { username: 'qa', name: '赵晓婷', role: 'QA_INSPECTOR', jobType: 'BACK_OFFICE', skillLevel: 4, teamKey: null },
  { username: 'agent', name: '张思远', role: 'AGENT', jobType: 'PHONE', skillLevel: 3, teamKey: 'hotline-1' },
  { username: 'agent2', name: '李婷', role: 'AGENT', jobType: 'PHONE', skillLevel: 2, teamKey: 'hotline-1' },
  { username: 'agent3', name: '刘洋', role: 'AGENT', jobType: 'PHONE', skillLevel: 4, teamKey: 'hotline-2' },
  { username: 'agent4', name: '杨雪', role: 'AGENT', jobType: 'PHONE', skillLevel: 1, teamKey: 'hotline-2' },
  { username: 'agent5', name: '黄佳怡', role: 'AGENT', jobType: 'ONLINE', skillLevel: 3, teamKey: 'online' },
  { username: 'agent6', name: '吴俊', role: 'AGENT', jobType: 'ONLINE', skillLevel: 2, teamKey: 'online' },
  { username: 'agent7', name: '徐鹏', role: 'AGENT', jobType: 'FIELD', skillLevel: 5, teamKey: 'field' },
  { username: 'agent8', name: '孙丽娟', role: 'AGENT', jobType: 'FIELD', skillLevel: 3, teamKey: 'field' },
];

const pickSurname = weightedPicker(SURNAMES);
const pickTier = weightedPicker<CustomerTier>([['A', 15], ['B', 35], ['C', 50]]);
const pickLifecycle = weightedPicker<LifecycleStage>([['PROSPECT', 12], ['REGISTERED', 10], ['VERIFIED', 8], ['ACTIVE', 60], ['CHURNED', 10]]);
const pickSource = weightedPicker<CustomerSource>([['HOTLINE', 30], ['SALES', 25], ['REFERRAL', 15], ['WEBSITE', 15], ['EXHIBITION', 8], ['OTHER', 7]]);

/** Key customers get more attention and churned ones little, as the tier rules intend. */
const TIER_ACTIVITY: Record<CustomerTier, number> = { A: 4, B: 2, C: 1 };
const LIFECYCLE_ACTIVITY: Record<LifecycleStage, number> = { PROSPECT: 1, REGISTERED: 1.2, VERIFIED: 1.2, ACTIVE: 1.5, CHURNED: 0.3 };

type ContactMode = readonly [InteractionChannel, InteractionDirection];

/** Mostly inbound calls, then follow-up calls; visits are weighted by tier (A customers get visited). */
function contactModes(visitWeight: number): Weighted<ContactMode> {
  return [
    [['PHONE', 'INBOUND'], 46], [['PHONE', 'OUTBOUND'], 22], [['ONLINE', 'INBOUND'], 10],
    [['MESSAGE', 'INBOUND'], 3], [['MESSAGE', 'OUTBOUND'], 3], [['EMAIL', 'INBOUND'], 4], [['EMAIL', 'OUTBOUND'], 3],
    [['LETTER', 'INBOUND'], 1], [['VISIT', 'INBOUND'], 1], [['VISIT', 'OUTBOUND'], visitWeight],
  ];
}
const pickContactMode: Record<CustomerTier, (random: Random) => ContactMode> = {
  A: weightedPicker(contactModes(14)),
  B: weightedPicker(contactModes(3)),
  C: weightedPicker(contactModes(1)),
};

const pickInboundOutcome = weightedPicker<InteractionOutcome>([['INFO_GIVEN', 32], ['RESOLVED', 30], ['FOLLOW_UP_NEEDED', 15], ['COMPLAINT_REGISTERED', 14], ['OPPORTUNITY', 5]]);
const OUTBOUND_OUTCOMES: Weighted<InteractionOutcome> = [['RESOLVED', 30], ['FOLLOW_UP_NEEDED', 22], ['INFO_GIVEN', 22], ['OPPORTUNITY', 10], ['COMPLAINT_REGISTERED', 4]];
const pickOutboundOutcome = weightedPicker(OUTBOUND_OUTCOMES);
/** Only a call can go unanswered. */
const pickOutboundCallOutcome = weightedPicker<InteractionOutcome>([...OUTBOUND_OUTCOMES, ['NO_ANSWER', 20]]);

export function generateDemoData(options: { seed?: number; now: Date; customers?: number; interactions?: number }): DemoData {
  const seed = options.seed ?? DEFAULT_SEED;
  const staff = buildStaff(createRandom(deriveSeed(seed, STREAMS.staff)));
  const ownerKeys = staff.filter((member) => member.role === 'AGENT').map((member) => member.key);
  const customers = generateCustomers(options.customers ?? DEFAULT_CUSTOMERS, {
    seed: deriveSeed(seed, STREAMS.customers),
    now: options.now,
    ownerKeys,
  });
  return {
    teams: DEMO_TEAMS.map((team) => ({ ...team })),
    staff,
    customers,
    contacts: buildContacts(createRandom(deriveSeed(seed, STREAMS.contacts)), customers),
    interactions: buildInteractions(createRandom(deriveSeed(seed, STREAMS.interactions)), options.interactions ?? DEFAULT_INTERACTIONS, {
      customers,
      staff,
      now: options.now,
    }),
  };
}

/** Keys are C000001, C000002, ...: unique for any count, and zero-padded so they sort as text up to 999,999. */
export function generateCustomers(count: number, options: { seed: number; now: Date; ownerKeys: string[] }): DemoCustomer[] {
  const random = createRandom(options.seed);
  const customers: DemoCustomer[] = new Array(count);
  for (let index = 0; index < count; index++) customers[index] = buildCustomer(random, index, options);
  if (count >= 2) customers[count - 1] = likelyDuplicate(customers, customers[count - 1]);
  return customers;
}

/**
 * One pair of likely duplicates for a manager to try the merge on (重复客户): the last customer is
 * filed again under the name and company of the first company, with another phone and no owner,
 * as a second agent would have filed a caller they did not find.
 */
function likelyDuplicate(customers: DemoCustomer[], slot: DemoCustomer): DemoCustomer {
  const original = customers.find((customer) => customer.kind === 'COMPANY' && customer.key !== slot.key);
  if (!original) return slot;
  return { ...slot, kind: 'COMPANY', name: original.name, company: original.company, industry: original.industry, email: null, ownerKey: null, notes: '来电登记，未查到已有档案' };
}

function buildStaff(random: Random): DemoStaff[] {
  return STAFF_ROSTER.map((member) => ({ key: member.username, ...member, phone: mobile(random) }));
}

function buildCustomer(random: Random, index: number, options: { now: Date; ownerKeys: string[] }): DemoCustomer {
  // The first few slots hold the customers every demo needs (search hit, 4-byte characters).
  const featured: FeaturedCustomer | undefined = FEATURED_CUSTOMERS[index];
  const kind: CustomerKind = featured?.kind ?? (random.chance(0.6) ? 'COMPANY' : 'INDIVIDUAL');
  const city = random.pick(CITIES);
  const identity = kind === 'COMPANY'
    ? companyIdentity(random, city, featured?.kind === 'COMPANY' ? featured : undefined)
    : personIdentity(random, featured?.kind === 'INDIVIDUAL' ? featured.surname : undefined);
  const tier = pickTier(random);
  const lifecycle = pickLifecycle(random);
  const createdAt = workingTime(random, options.now, CUSTOMER_HISTORY_DAYS);
  return {
    key: `C${String(index + 1).padStart(6, '0')}`,
    kind,
    ...identity,
    address: address(random, city),
    source: pickSource(random),
    tier,
    lifecycle,
    tags: customerTags(random, tier, lifecycle, options.now.getTime() - createdAt.getTime()),
    notes: random.chance(0.3) ? random.pick(NOTES) : null,
    ownerKey: options.ownerKeys.length > 0 && random.chance(0.9) ? random.pick(options.ownerKeys) : null,
    createdAt,
  };
}

type Identity = Pick<DemoCustomer, 'name' | 'company' | 'phone' | 'email' | 'industry'>;

/** 杭州恒昌物流有限公司, sometimes written 恒昌（杭州）物流有限公司; half the companies list a landline. */
function companyIdentity(random: Random, city: City, featured?: { brand: Syllable; tail: string; industry: string }): Identity {
  const industry = random.pick(INDUSTRIES);
  const [brand, brandPinyin] = featured?.brand ?? random.pick(BRANDS);
  const tail = featured?.tail ?? random.pick(industry.tails);
  const cityName = city.city.slice(0, -1);
  const name = random.chance(0.15) ? `${brand}（${cityName}）${tail}` : `${cityName}${brand}${tail}`;
  const domain = `${brandPinyin}${random.chance(0.5) ? city.pinyin : ''}.${random.pick(['com', 'com.cn', 'cn'])}`;
  return {
    name,
    company: name,
    phone: random.chance(0.5) ? landline(random, city) : mobile(random),
    email: random.chance(0.6) ? `${random.pick(EMAIL_MAILBOXES)}@${domain}` : null,
    industry: featured?.industry ?? industry.name,
  };
}

/** Individuals are consumers or small shop owners (个体户), whose shop name goes in `company`. */
function personIdentity(random: Random, surname?: Syllable): Identity {
  const person = personName(random, surname);
  const industry = random.pick(PERSONAL_INDUSTRIES);
  const ownsShop = industry !== '个人消费' && random.chance(0.4);
  return {
    name: person.name,
    company: ownsShop ? `${person.surname}${random.pick(SHOP_TAILS)}` : null,
    phone: mobile(random),
    email: random.chance(0.4) ? personalEmail(random, person.pinyin) : null,
    industry,
  };
}

function personName(random: Random, surname: Syllable = pickSurname(random)): { name: string; surname: string; pinyin: string } {
  const given = random.chance(0.7) ? [random.pick(GIVEN_NAME_CHARS), random.pick(GIVEN_NAME_CHARS)] : [random.pick(GIVEN_NAME_CHARS)];
  return {
    name: surname[0] + given.map(([hanzi]) => hanzi).join(''),
    surname: surname[0],
    pinyin: surname[1] + given.map(([, pinyin]) => pinyin).join(''),
  };
}

/** QQ mail addresses are numbers; other providers get pinyin, often with a number to make them unique. */
function personalEmail(random: Random, pinyin: string): string {
  const domain = random.pick(FREE_MAIL_DOMAINS);
  if (domain === 'qq.com') return `${random.int(10_000_000, 2_999_999_999)}@qq.com`;
  return `${pinyin}${random.chance(0.6) ? random.int(1, 99) : ''}@${domain}`;
}

function mobile(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
}

/** Local numbers do not start with 0 or 1 (those are trunk and service prefixes). */
function landline(random: Random, city: City): string {
  return `${city.areaCode}-${random.int(2, 8)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

/** 浙江省杭州市西湖区文三路138号; municipalities (上海市) are not repeated as province. */
function address(random: Random, city: City): string {
  const province = city.province === city.city ? '' : city.province;
  const detail = fill(random, random.pick(ADDRESS_DETAILS));
  return `${province}${city.city}${random.pick(city.districts)}${random.pick(STREETS)}${random.int(1, 399)}号${detail}`;
}

function customerTags(random: Random, tier: CustomerTier, lifecycle: LifecycleStage, ageMs: number): string[] {
  const tags: string[] = random.sample<string>(TAGS.general, random.int(0, 2));
  if (tier === 'A') tags.push(...random.sample<string>(TAGS.key, random.int(1, 2)));
  if (ageMs < NEW_CUSTOMER_DAYS * DAY_MS) tags.push(TAGS.fresh);
  if (lifecycle === 'ACTIVE' && random.chance(0.05)) tags.push(TAGS.churnRisk);
  return tags;
}

function buildContacts(random: Random, customers: DemoCustomer[]): DemoContact[] {
  return customers.flatMap((customer) => (customer.kind === 'COMPANY' ? companyContacts(random, customer) : personalContacts(random, customer)));
}

/** 1-3 people with distinct positions; the first is the primary contact. Their mail shares the company domain. */
function companyContacts(random: Random, customer: DemoCustomer): DemoContact[] {
  const domain = customer.email?.split('@')[1] ?? null;
  return random.sample(COMPANY_POSITIONS, random.int(1, 3)).map((position, index) => {
    const person = personName(random);
    return {
      customerKey: customer.key,
      name: person.name,
      position,
      // An office extension on the company switchboard, when the company gave a landline.
      phone: customer.phone.includes('-') && random.chance(0.3) ? `${customer.phone}-${random.int(801, 899)}` : mobile(random),
      email: domain && random.chance(0.7) ? `${person.pinyin}@${domain}` : null,
      isPrimary: index === 0,
    };
  });
}

/** Some individuals leave a relative or an agent as a second person to call. */
function personalContacts(random: Random, customer: DemoCustomer): DemoContact[] {
  if (!random.chance(0.4)) return [];
  return [{ customerKey: customer.key, name: personName(random).name, position: random.pick(PERSONAL_POSITIONS), phone: mobile(random), email: null, isPrimary: true }];
}

function buildInteractions(random: Random, count: number, context: { customers: DemoCustomer[]; staff: DemoStaff[]; now: Date }): DemoInteraction[] {
  if (context.customers.length === 0) return [];
  const pickCustomer = weightedPicker(context.customers.map((customer) => [customer, TIER_ACTIVITY[customer.tier] * LIFECYCLE_ACTIVITY[customer.lifecycle]] as const));
  const assignStaff = staffAssigner(random, context.staff);
  const interactions = Array.from({ length: count }, () => buildInteraction(random, pickCustomer(random), assignStaff, context.now));
  // Chronological, like a real log, so database ids follow time.
  return interactions.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

type StaffAssigner = (customer: DemoCustomer, channel: InteractionChannel, direction: InteractionDirection) => string;

/**
 * Who logs the record: the online desk answers online chats and field staff make visits; otherwise
 * mostly the owner, with colleagues covering for an owner who is busy or off shift and leaders
 * taking escalated calls.
 */
function staffAssigner(random: Random, staff: DemoStaff[]): StaffAssigner {
  const agentsDoing = (jobType: JobType) => staff.filter((member) => member.role === 'AGENT' && member.jobType === jobType).map((member) => member.key);
  const onlineDesk = agentsDoing('ONLINE');
  const fieldDesk = agentsDoing('FIELD');
  const coverKeys = staff.filter((member) => member.role === 'AGENT' || member.role === 'SHIFT_LEADER').map((member) => member.key);
  return (customer, channel, direction) => {
    const desk = channel === 'ONLINE' ? onlineDesk : channel === 'VISIT' && direction === 'OUTBOUND' ? fieldDesk : [];
    const owner = customer.ownerKey;
    if (desk.length > 0) return owner !== null && desk.includes(owner) ? owner : random.pick(desk);
    return owner !== null && random.chance(0.8) ? owner : random.pick(coverKeys);
  };
}

function buildInteraction(random: Random, customer: DemoCustomer, assignStaff: StaffAssigner, now: Date): DemoInteraction {
  const [channel, direction] = pickContactMode[customer.tier](random);
  const outcome = direction === 'INBOUND' ? pickInboundOutcome(random) : channel === 'PHONE' ? pickOutboundCallOutcome(random) : pickOutboundOutcome(random);
  // Nobody talks to a customer before the record exists, so a recent customer's history starts at its creation.
  const ageDays = Math.ceil((now.getTime() - customer.createdAt.getTime()) / DAY_MS);
  const occurredAt = workingTime(random, now, Math.min(INTERACTION_HISTORY_DAYS, ageDays + 2));
  return {
    customerKey: customer.key,
    staffKey: assignStaff(customer, channel, direction),
    channel,
    direction,
    summary: CHANNEL_MARKS[channel][direction] + fill(random, random.pick(SUMMARIES[outcome][direction])),
    outcome,
    occurredAt: occurredAt < customer.createdAt ? customer.createdAt : occurredAt,
  };
}

const PLACEHOLDERS: Record<string, (random: Random) => string> = {
  n: (random) => String(random.int(2, 5)),
  product: (random) => random.pick(PRODUCTS),
  dept: (random) => random.pick(DEPARTMENTS),
};

function fill(random: Random, template: string): string {
  return template.includes('{') ? template.replace(/\{(\w+)\}/g, (_, name: string) => PLACEHOLDERS[name](random)) : template;
}

/**
 * A moment in Shanghai office hours (a tenth in the evening, when only the hotline works) within
 * the last `days` days and never after `now`. Weekends are quieter, not empty: hotlines run all week.
 */
function workingTime(random: Random, now: Date, days: number): Date {
  const nowMs = now.getTime();
  const todayStart = Math.floor((nowMs + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  for (;;) {
    // days - 2: one day is lost to rounding down to midnight, one to moving a slot still ahead of `now` back a day.
    const dayStart = todayStart - random.int(0, days - 2) * DAY_MS;
    const minute = random.chance(0.9) ? random.int(8 * 60 + 30, 17 * 60 + 30) : random.int(17 * 60 + 30, 21 * 60);
    let time = dayStart + minute * MINUTE_MS + random.int(0, MINUTE_MS - 1);
    if (time > nowMs) time -= DAY_MS;
    const weekday = new Date(time + SHANGHAI_OFFSET_MS).getUTCDay();
    if ((weekday !== 0 && weekday !== 6) || random.chance(0.3)) return new Date(time);
  }
}
