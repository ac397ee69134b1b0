import { type ContractStoredStatus, type Department, DEPARTMENTS, type PartReplacementStatus, addLocalDays, localDateIn, multiplyMoney } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { ContractOwnerChange } from '../../modules/contract/contract-owner-change.entity';
import { Contract } from '../../modules/contract/contract.entity';
import { PartReplacementStep } from '../../modules/part-replacement/part-replacement-step.entity';
import { PartReplacement } from '../../modules/part-replacement/part-replacement.entity';
import { newId } from '../../shared/ids';
import { createRandom, type Random } from './random';

const SEED = 20260301;
const TITLES = ['年度仓储配送服务合同', '设备维保服务合同', '客服热线外包服务合同', '冷链运输服务合同', '售后上门维修服务合同', '信息系统运维服务合同', '城市配送服务合同', '包装耗材供应及服务合同'];
const SCOPES = ['华东区仓储、干线运输与城市配送', '生产线设备季度巡检、故障抢修及备件更换', '7×24 小时热线接听、工单登记与回访', '全程温控运输及签收回单', '全市范围上门安装、维修与保养', '服务器与网络设备运维，4 小时响应'];
const PARTS = ['输送带电机', '温控传感器', '打印头组件', '液压泵密封圈', '控制主板', '扫码枪', '压缩机', '滤芯'];
export const DEMO_OWNER_USERNAMES = ['agent', 'agent2', 'agent3', 'agent4', 'agent5', 'agent6', 'agent7', 'agent8', 'leader', 'leader2'];

/** Which effective status a demo contract should show on `now`, and how many of each. */
const PLAN: Array<[kind: 'DRAFT' | 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'TERMINATED' | 'RENEWED', count: number]> = [
  ['ACTIVE', 60], ['EXPIRING', 20], ['EXPIRED', 15], ['TERMINATED', 15], ['RENEWED', 15], ['DRAFT', 10],
];

export interface DemoContract {
  key: string;
  number: string;
  title: string;
  scope: string;
  customerIndex: number;
  ownerUsername: string;
  startDate: string;
  endDate: string;
  warrantyEndDate: string | null;
  amount: string;
  confidential: boolean;
  storedStatus: ContractStoredStatus;
  terminationReason: string | null;
  /** For RENEWED contracts: the key of the successor draft. */
  renewedToKey: string | null;
  renewedFromKey: string | null;
}

export interface DemoPartReplacement {
  customerIndex: number;
  contractKey: string | null;
  partName: string;
  quantity: number;
  warrantyCovered: boolean;
  department: Department | null;
  unitPrice: string | null;
  status: PartReplacementStatus;
  requesterUsername: string;
}

/** Pure: the same `now` and customer count give the same contracts, in every effective status relative to `now`. */
export function generateDemoContracts(options: { now: Date; customerCount: number; timeZone?: string }): { contracts: DemoContract[]; partReplacements: DemoPartReplacement[] } {
  const random = createRandom(SEED);
  const today = localDateIn(options.timeZone ?? 'Asia/Shanghai', options.now);
  const contracts: DemoContract[] = [];
  let serial = 0;
  const base = (random: Random, endDate: string, storedStatus: ContractStoredStatus): DemoContract => {
    serial += 1;
    const confidential = random.chance(0.4);
    return {
      key: `contract-${serial}`,
      number: `HT-${today.slice(0, 4)}-${String(serial).padStart(4, '0')}`,
      title: random.pick(TITLES),
      scope: random.pick(SCOPES),
      customerIndex: random.int(0, options.customerCount - 1),
      ownerUsername: random.pick(DEMO_OWNER_USERNAMES),
      startDate: addLocalDays(endDate, -364),
      endDate,
      warrantyEndDate: random.chance(0.5) ? addLocalDays(endDate, 180) : null,
      amount: `${random.int(8, 2000) * 100}.00`,
      confidential,
      storedStatus,
      terminationReason: null,
      renewedToKey: null,
      renewedFromKey: null,
    };
  };
  for (const [kind, count] of PLAN) {
    for (let i = 0; i < count; i += 1) {
      const endOffset = { ACTIVE: random.int(31, 330), EXPIRING: random.int(0, 29), EXPIRED: -random.int(1, 120), TERMINATED: random.int(-60, 200), RENEWED: random.int(-20, 25), DRAFT: random.int(60, 400) }[kind];
      const stored: ContractStoredStatus = kind === 'EXPIRING' || kind === 'EXPIRED' ? 'ACTIVE' : kind;
      const contract = base(random, addLocalDays(today, endOffset), stored);
      if (kind === 'TERMINATED') contract.terminationReason = random.pick(['客户业务调整，双方协商终止', '客户搬迁出服务区域', '服务内容并入新框架合同']);
      contracts.push(contract);
      if (kind === 'RENEWED') {
        const successor = { ...base(random, addLocalDays(contract.endDate, 365), 'DRAFT'), customerIndex: contract.customerIndex, ownerUsername: contract.ownerUsername, title: contract.title };
        successor.number = `${contract.number}-R1`;
        successor.startDate = addLocalDays(contract.endDate, 1);
        successor.renewedFromKey = contract.key;
        contract.renewedToKey = successor.key;
        contracts.push(successor);
      }
    }
  }
  const running = contracts.filter((c) => c.storedStatus === 'ACTIVE');
  const statuses: PartReplacementStatus[] = ['REQUESTED', 'FORWARDED', 'QUOTED', 'ACCEPTED', 'DECLINED', 'DONE'];
  const partReplacements = Array.from({ length: 42 }, (_, i): DemoPartReplacement => {
    const status = statuses[i % statuses.length];
    const contract = random.chance(0.6) ? random.pick(running) : null;
    // Under warranty only where a running contract has one (it has started and its warranty outlasts its end).
    const warrantyCovered = contract !== null && contract.warrantyEndDate !== null && random.chance(0.3);
    const forwarded = status !== 'REQUESTED';
    const quoted = forwarded && status !== 'FORWARDED';
    return {
      customerIndex: contract?.customerIndex ?? random.int(0, options.customerCount - 1),
      contractKey: contract?.key ?? null,
      partName: random.pick(PARTS),
      quantity: random.int(1, 5),
      warrantyCovered,
      // Paid replacements go to the business department (the default of contract.paidDept.*).
      department: forwarded ? (warrantyCovered ? random.pick(DEPARTMENTS) : 'SALES') : null,
      unitPrice: quoted ? (warrantyCovered ? '0.00' : `${random.int(50, 5000)}.00`) : null,
      status,
      requesterUsername: contract?.ownerUsername ?? random.pick(DEMO_OWNER_USERNAMES),
    };
  });
  return { contracts, partReplacements };
}

const STEPS: Record<PartReplacementStatus, Array<[string, PartReplacementStatus]>> = {
  REQUESTED: [['request', 'REQUESTED']],
  FORWARDED: [['request', 'REQUESTED'], ['forward', 'FORWARDED']],
  QUOTED: [['request', 'REQUESTED'], ['forward', 'FORWARDED'], ['quote', 'QUOTED']],
  ACCEPTED: [['request', 'REQUESTED'], ['forward', 'FORWARDED'], ['quote', 'QUOTED'], ['accept', 'ACCEPTED']],
  DECLINED: [['request', 'REQUESTED'], ['forward', 'FORWARDED'], ['quote', 'QUOTED'], ['decline', 'DECLINED']],
  DONE: [['request', 'REQUESTED'], ['forward', 'FORWARDED'], ['quote', 'QUOTED'], ['accept', 'ACCEPTED'], ['complete', 'DONE']],
};

/** Inserts the demo contracts (with their first owner-history rows) and part replacements with their timelines. */
export async function seedDemoContracts(
  manager: EntityManager,
  now: Date,
  { customerIds, staffIdsByUsername }: { customerIds: string[]; staffIdsByUsername: Map<string, string> },
): Promise<void> {
  const { contracts, partReplacements } = generateDemoContracts({ now, customerCount: customerIds.length });
  const staffId = (username: string) => staffIdsByUsername.get(username) ?? (staffIdsByUsername.get('manager') as string);
  const ids = new Map(contracts.map((c) => [c.key, newId(now.getTime())]));
  const rows = contracts.map((c) =>
    Object.assign(new Contract(), {
      id: ids.get(c.key) as string, version: 1, createdAt: now, updatedAt: now,
      number: c.number, title: c.title, customerId: customerIds[c.customerIndex], scope: c.scope,
      startDate: c.startDate, endDate: c.endDate, warrantyEndDate: c.warrantyEndDate, amount: c.amount,
      confidential: c.confidential, confidentialityText: c.confidential ? '双方对本合同内容及客户资料负有保密义务，未经书面同意不得向第三方披露。' : null,
      storedStatus: c.storedStatus, ownerId: staffId(c.ownerUsername), terminationReason: c.terminationReason,
      renewedFromId: c.renewedFromKey ? (ids.get(c.renewedFromKey) ?? null) : null, renewedToId: c.renewedToKey ? (ids.get(c.renewedToKey) ?? null) : null, archivedAt: null,
    }),
  );
  const assignedBy = staffId('manager');
  await manager.insert(Contract, rows);
  await manager.insert(ContractOwnerChange, rows.map((r) => ({ id: newId(now.getTime()), contractId: r.id, fromOwnerId: null, toOwnerId: r.ownerId, assignedById: assignedBy, reason: '专人落实', at: now })));
  const records = partReplacements.map((p) =>
    Object.assign(new PartReplacement(), {
      id: newId(now.getTime()), version: STEPS[p.status].length, createdAt: now, updatedAt: now,
      customerId: customerIds[p.customerIndex], contractId: p.contractKey ? (ids.get(p.contractKey) ?? null) : null,
      partName: p.partName, quantity: p.quantity, unitPrice: p.unitPrice, insideContract: p.contractKey !== null,
      warrantyCovered: p.warrantyCovered, department: p.department, description: null, status: p.status,
      requestedById: staffId(p.requesterUsername), archivedAt: null,
    }),
  );
  await manager.insert(PartReplacement, records);
  await manager.insert(
    PartReplacementStep,
    records.flatMap((r) =>
      STEPS[r.status].map(([action, toStatus]) => ({
        id: newId(now.getTime()), partReplacementId: r.id, action, toStatus, actorId: r.requestedById, at: now,
        note: action === 'forward' ? r.department : action === 'quote' ? `${r.unitPrice} × ${r.quantity} = ${multiplyMoney(r.quantity, r.unitPrice ?? '0')}` : null,
      })),
    ),
  );
}
