import { canSeePii, type ContractAction, type ContractStatus, contractNextActions, effectiveContractStatus } from '@sanxin/domain';
import type { Context } from '../../graphql/context';
import { requireViewer } from '../../shared/viewer';
import { ownsContract } from './contract-access';
import type { Contract } from './contract.entity';
import { contractLoaders } from './contract.loaders';
import { customerLoaders } from '../customer';

/** How a contract looks to this request's viewer; loads go through per-request loaders (no N+1). */

export async function viewerOwnsContract(ctx: Context, contract: Contract): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  if (contract.ownerId === viewer.id) return true;
  const customer = await customerLoaders(ctx).customerById.load(contract.customerId);
  return ownsContract(viewer, contract, customer?.ownerId);
}

/** 保密: amounts for supervisors, and for agents only on contracts they (or their customer) own. */
export async function canSeeAmount(ctx: Context, contract: Contract): Promise<boolean> {
  const { role } = requireViewer(ctx.viewer);
  if (canSeePii(role, 'contract', { isOwner: false })) return true;
  if (!canSeePii(role, 'contract')) return false;
  return viewerOwnsContract(ctx, contract);
}

export async function statusOf(ctx: Context, contract: Contract): Promise<ContractStatus> {
  const { today, windowDays } = await contractLoaders(ctx).calendar();
  return effectiveContractStatus(contract.storedStatus, contract.endDate, today, windowDays);
}

export async function nextActionsOf(ctx: Context, contract: Contract): Promise<ContractAction[]> {
  const { role } = requireViewer(ctx.viewer);
  return contractNextActions(await statusOf(ctx, contract), role, { isOwner: await viewerOwnsContract(ctx, contract) });
}
