import { CONTRACT_STEPS, type ContractStatus, type ContractStep, daysBetween, stepsOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { MOVED_TO_INPUT, stepValue } from '../../graphql/step-arguments';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { PageInput, PageType } from '../../graphql/pagination';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { contractContext } from './contract-context';
import { assignContractOwner, assignContractOwners } from './contract-owner.service';
import { canSeeAmount, nextActionsOf, statusOf } from './contract-view';
import { activateContract, renewContract, terminateContract } from './contract-workflow.service';
import { ContractActionEnum, ContractStatusEnum } from './contract.enums';
import { Contract } from './contract.entity';
import { ContractFilter, ContractSort, CreateContractInput, RenewContractInput, TerminateContractInput, UpdateContractInput } from './contract.inputs';
import { contractLoaders } from './contract.loaders';
import { StepNoteInput } from '../../graphql/step-note.input';
import { createContract, deleteContract, getContract, listContracts, updateContract } from './contract.service';

export const ContractPage = PageType(Contract, 'Contract');

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized('contract:list')
  @Query(() => ContractPage, { description: 'Contracts, a page at a time' })
  async contracts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ContractFilter, { nullable: true }) filter?: ContractFilter,
    @Arg('sort', () => [ContractSort], { nullable: true }) sort?: ContractSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ContractPage.of(await listContracts(contractContext(ctx), filter, sort, page));
  }

  @Authorized('contract:show')
  @Query(() => Contract, { nullable: true, description: 'One contract by id; null when it does not exist' })
  contract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Contract | null> {
    return getContract(contractContext(ctx), id);
  }

  @Authorized('contract:create')
  @Mutation(() => Contract, { description: 'Records a contract as a draft' })
  createContract(@Ctx() ctx: Context, @Arg('input', () => CreateContractInput) input: CreateContractInput): Promise<Contract> {
    return createContract(contractContext(ctx), input);
  }

  @Authorized('contract:edit')
  @Mutation(() => Contract, { description: "Changes a contract's terms" })
  updateContract(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateContractInput) input: UpdateContractInput,
  ): Promise<Contract> {
    return updateContract(contractContext(ctx), id, version, input);
  }

  @Authorized('contract:delete')
  @Mutation(() => ID, { description: 'Drafts only (archived); a contract that ran is terminated instead; answers the id, for clients to evict it from their cache' })
  async deleteContract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await deleteContract(contractContext(ctx), id, version);
    return id;
  }

  @Authorized('contract:edit')
  @Mutation(() => Contract, { description: 'DRAFT → ACTIVE' })
  activateContract(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => StepNoteInput, { nullable: true, description: 'An optional remark' }) input?: StepNoteInput,
  ): Promise<Contract> {
    return activateContract(contractContext(ctx), id, version, input?.note);
  }

  @Authorized('contract:edit')
  @Mutation(() => Contract, { description: 'ACTIVE / EXPIRING / EXPIRED → TERMINATED' })
  terminateContract(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => TerminateContractInput, { nullable: true }) input?: TerminateContractInput,
    @Arg('reason', () => String, { nullable: true, description: 'Why the contract ends early (终止原因)', deprecationReason: MOVED_TO_INPUT }) reason?: string,
  ): Promise<Contract> {
    return terminateContract(contractContext(ctx), id, version, stepValue('reason', input?.reason, reason, true));
  }

  @Authorized('contract:edit')
  @Mutation(() => Contract, { description: 'Marks the contract RENEWED and returns its successor, a new DRAFT' })
  renewContract(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RenewContractInput) input: RenewContractInput,
  ): Promise<Contract> {
    return renewContract(contractContext(ctx), id, version, input);
  }

  @Authorized('contract:assign')
  @Mutation(() => Contract, { description: '专人落实: designate the owner (DEPT_MANAGER, ADMIN)' })
  assignContractOwner(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('ownerId', () => ID, { description: 'The agent who becomes responsible' }) ownerId: string,
    @Arg('reason', () => String, { description: 'Why the owner changes (kept in the owner history)' }) reason: string,
  ): Promise<Contract> {
    return assignContractOwner(contractContext(ctx), id, version, ownerId, reason);
  }

  @Authorized('contract:assign')
  @Mutation(() => [Contract], { description: 'All or nothing: one unknown id or an ineligible owner changes no contract' })
  assignContractOwners(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'The contracts to give the new owner' }) ids: string[],
    @Arg('ownerId', () => ID, { description: 'The agent who becomes responsible' }) ownerId: string,
    @Arg('reason', () => String, { description: 'Why the owner changes (kept in the owner history)' }) reason: string,
  ): Promise<Contract[]> {
    return assignContractOwners(contractContext(ctx), ids, ownerId, reason);
  }

  @FieldResolver(() => ContractStatusEnum, { description: 'Effective status, EXPIRING/EXPIRED computed from the end date today' })
  status(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ContractStatus> {
    return statusOf(ctx, contract);
  }

  @FieldResolver(() => Int, { description: 'Days from today (business time zone) to the end date; negative once ended' })
  async daysToEnd(@Root() contract: Contract, @Ctx() ctx: Context): Promise<number> {
    return daysBetween((await contractLoaders(ctx).calendar()).today, contract.endDate);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'null when amountHidden' })
  async amount(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string | null> {
    return (await canSeeAmount(ctx, contract)) ? contract.amount : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when this viewer may not see the amount and the confidentiality text' })
  async amountHidden(@Root() contract: Contract, @Ctx() ctx: Context): Promise<boolean> {
    return !(await canSeeAmount(ctx, contract));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Hidden like the amount' })
  async confidentialityText(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string | null> {
    return (await canSeeAmount(ctx, contract)) ? contract.confidentialityText : null;
  }

  @FieldResolver(() => [ContractActionEnum], { description: "The steps this viewer may take now (the domain's contractNextActions), each one mutation" })
  async availableActions(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ContractStep[]> {
    return stepsOf(CONTRACT_STEPS, await nextActionsOf(ctx, contract));
  }

  @FieldResolver(() => [ContractActionEnum], { description: 'The same steps as availableActions', deprecationReason: 'Use availableActions, the name every workflow answers (DESIGN §2)' })
  nextActions(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ContractStep[]> {
    return this.availableActions(contract, ctx);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer (客户)' })
  customer(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerLoaders(ctx).customerById.load(contract.customerId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The agent responsible (专人落实)' })
  owner(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(contract.ownerId);
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract this one renews; null for a first contract' })
  renewedFrom(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return contract.renewedFromId ? contractLoaders(ctx).contractById.load(contract.renewedFromId) : null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract that renews this one; null if not renewed' })
  renewedTo(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return contract.renewedToId ? contractLoaders(ctx).contractById.load(contract.renewedToId) : null;
  }
}
