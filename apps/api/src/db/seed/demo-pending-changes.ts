import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { Contract } from '../../modules/contract/contract.entity';
import { Customer } from '../../modules/customer/customer.entity';
import { PendingChange, type StoredFieldChange } from '../../modules/review/pending-change.entity';
import { Staff } from '../../modules/staff/staff.entity';
import { newId } from '../../shared/ids';

const MINUTE = 60_000;
const DAY = 86_400_000;
const NEXT_TIER: Record<string, string> = { A: 'B', B: 'A', C: 'B' };

interface DemoChange {
  by: string;
  daysAgo: number;
  /** Minutes until decided; null while pending. */
  decidedAfter: number | null;
  decidedBy?: string;
  rejected?: { reason: PendingChange['errorReason']; note: string };
  kind: 'tier' | 'phone' | 'amount';
}

/** 复核: three changes awaiting review (a tier, a phone, a contract amount) and a month of decided ones behind the per-operator figures. */
const CHANGES: DemoChange[] = [
  { by: 'agent', daysAgo: 0, decidedAfter: null, kind: 'tier' },
  { by: 'agent2', daysAgo: 0, decidedAfter: null, kind: 'phone' },
  { by: 'agent3', daysAgo: 1, decidedAfter: null, kind: 'amount' },
  { by: 'agent', daysAgo: 3, decidedAfter: 42, decidedBy: 'leader', kind: 'tier' },
  { by: 'agent', daysAgo: 6, decidedAfter: 180, decidedBy: 'manager', kind: 'amount' },
  { by: 'agent', daysAgo: 9, decidedAfter: 25, decidedBy: 'leader', kind: 'phone', rejected: { reason: 'WRONG_VALUE', note: '号码少一位，请与客户核对' } },
  { by: 'agent2', daysAgo: 4, decidedAfter: 65, decidedBy: 'leader', kind: 'tier', rejected: { reason: 'NO_EVIDENCE', note: '升为 A 类须附年采购额证明' } },
  { by: 'agent2', daysAgo: 12, decidedAfter: 300, decidedBy: 'manager', kind: 'tier' },
  { by: 'agent3', daysAgo: 5, decidedAfter: 15, decidedBy: 'leader2', kind: 'phone' },
  { by: 'agent3', daysAgo: 15, decidedAfter: 95, decidedBy: 'manager', kind: 'amount', rejected: { reason: 'NOT_AUTHORIZED', note: '调价未见业务部确认单' } },
  { by: 'agent4', daysAgo: 7, decidedAfter: 50, decidedBy: 'leader2', kind: 'tier' },
];

/**
 * The demo's pending changes. The pending ones name the record's current value as old, so approving
 * one in the console works; each record has at most one open change (one per customer or contract).
 */
export async function seedDemoPendingChanges(manager: EntityManager, now: Date): Promise<void> {
  const staff = new Map((await manager.find(Staff, { select: { id: true, username: true } })).map((s) => [s.username, s.id]));
  const ownerIds = ['agent', 'agent2', 'agent3', 'agent4'].map((username) => staff.get(username) as string);
  const customers = await manager.find(Customer, { where: { ownerId: In(ownerIds), archivedAt: IsNull(), phone: Not(IsNull()) }, order: { id: 'ASC' }, take: 40 });
  const contracts = await manager.find(Contract, { where: { archivedAt: IsNull(), storedStatus: 'ACTIVE' }, order: { id: 'ASC' }, take: 20 });
  let nextCustomer = 0;
  let nextContract = 0;
  const rows = CHANGES.flatMap((change, index) => {
    const submittedAt = new Date(now.getTime() - change.daysAgo * DAY - (index + 1) * 37 * MINUTE);
    const target = change.kind === 'amount' ? contracts[nextContract++] : customers.find((c, i) => i >= nextCustomer && c.ownerId === staff.get(change.by));
    if (!target) return [];
    if (change.kind !== 'amount') nextCustomer = customers.indexOf(target as Customer) + 1;
    const decidedAt = change.decidedAfter === null ? null : new Date(submittedAt.getTime() + change.decidedAfter * MINUTE);
    const status = decidedAt === null ? 'PENDING' : change.rejected ? 'REJECTED' : 'APPROVED';
    const entity = change.kind === 'amount' ? 'contract' : 'customer';
    return [
      Object.assign(new PendingChange(), {
        id: newId(submittedAt.getTime()),
        version: decidedAt ? 2 : 1,
        createdAt: submittedAt,
        updatedAt: decidedAt ?? submittedAt,
        entity,
        recordId: target.id,
        fieldChanges: [fieldChange(change.kind, target)],
        status,
        openKey: status === 'PENDING' ? `${entity}:${target.id}` : null,
        submittedById: staff.get(change.by) as string,
        submittedAt,
        decidedById: change.decidedBy ? (staff.get(change.decidedBy) as string) : null,
        decidedAt,
        errorReason: change.rejected?.reason ?? null,
        decisionNote: change.rejected?.note ?? null,
      }),
    ];
  });
  if (rows.length) await manager.insert(PendingChange, rows);
}

function fieldChange(kind: DemoChange['kind'], target: Customer | Contract): StoredFieldChange {
  if (kind === 'amount') {
    const amount = (target as Contract).amount;
    return { field: 'amount', oldValue: amount, newValue: (Math.round(Number(amount) * 1.15 * 100) / 100).toFixed(2) };
  }
  const customer = target as Customer;
  if (kind === 'tier') return { field: 'tier', oldValue: customer.tier, newValue: NEXT_TIER[customer.tier] ?? 'B' };
  return { field: 'phone', oldValue: customer.phone, newValue: `139${String(customer.phone).slice(-8)}` };
}
