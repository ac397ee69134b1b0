import { followUpPolicy } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { Customer } from '../customer';
import { createTriggeredFollowUp } from '../follow-up';
import { readSettings } from '../setting';
import type { PartReplacement } from './part-replacement.entity';

/**
 * 服务完成后回访 (DOMAIN §6): a part replacement done gets a follow-up for the customer's owner, in the
 * step's transaction. One done inside a contract is the contract's service (CONTRACT, keyed per
 * replacement so each service is called about once); any other is PART_REPLACEMENT.
 */
export async function createPartReplacementFollowUp(tx: EntityManager, replacement: PartReplacement, now: Date): Promise<void> {
  const [settings, customer] = await Promise.all([readSettings(tx), tx.findOne(Customer, { where: { id: replacement.customerId }, select: { id: true, ownerId: true } })]);
  const contractService = replacement.insideContract && replacement.contractId !== null;
  await createTriggeredFollowUp(
    tx,
    contractService
      ? { trigger: 'CONTRACT', sourceId: replacement.contractId as string, period: `service-${replacement.id}`, customerId: replacement.customerId, customerOwnerId: customer?.ownerId ?? null, triggeredAt: now }
      : { trigger: 'PART_REPLACEMENT', sourceId: replacement.id, customerId: replacement.customerId, customerOwnerId: customer?.ownerId ?? null, triggeredAt: now },
    followUpPolicy(settings),
  );
}
