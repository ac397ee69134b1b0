import { type Department, multiplyMoney, PART_REPLACEMENT_STEPS, type PartReplacementStep as PartReplacementStepName, partReplacementNextActions, stepsOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { MOVED_TO_INPUT, stepValue } from '../../graphql/step-arguments';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { PageInput, PageType } from '../../graphql/pagination';
import { requireViewer } from '../../shared/viewer';
import { Contract, contractLoaders, DepartmentEnum, PartReplacementActionEnum } from '../contract';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { PartReplacementStep } from './part-replacement-step.entity';
import { PartReplacement } from './part-replacement.entity';
import { partReplacementLoaders } from './part-replacement.loaders';
import {
  CreatePartReplacementInput,
  ForwardPartReplacementInput,
  PartReplacementDecisionInput,
  PartReplacementFilter,
  PartReplacementSort,
  QuotePartReplacementInput,
  UpdatePartReplacementInput,
} from './part-replacement.inputs';
import { StepNoteInput } from '../../graphql/step-note.input';
import {
  completePartReplacement,
  createPartReplacement,
  deletePartReplacement,
  forwardPartReplacement,
  getPartReplacement,
  listPartReplacements,
  quotePartReplacement,
  recordPartReplacementDecision,
  updatePartReplacement,
} from './part-replacement.service';

const PartReplacementPage = PageType(PartReplacement, 'PartReplacement');

@Resolver(() => PartReplacement)
export class PartReplacementResolver {
  @Authorized('partReplacement:list')
  @Query(() => PartReplacementPage, { description: 'Part replacements, a page at a time' })
  async partReplacements(
    @Ctx() ctx: Context,
    @Arg('filter', () => PartReplacementFilter, { nullable: true }) filter?: PartReplacementFilter,
    @Arg('sort', () => [PartReplacementSort], { nullable: true }) sort?: PartReplacementSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return PartReplacementPage.of(await listPartReplacements(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('partReplacement:show')
  @Query(() => PartReplacement, { nullable: true, description: 'One part replacement by id; null when it does not exist' })
  partReplacement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<PartReplacement | null> {
    return getPartReplacement(serviceContext(ctx), id);
  }

  @Authorized('partReplacement:create')
  @Mutation(() => PartReplacement, { description: 'Records a request for a paid part replacement (有偿换件)' })
  createPartReplacement(@Ctx() ctx: Context, @Arg('input', () => CreatePartReplacementInput) input: CreatePartReplacementInput): Promise<PartReplacement> {
    return createPartReplacement({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone }, input);
  }

  @Authorized('partReplacement:edit')
  @Mutation(() => PartReplacement, { description: 'Changes a part replacement before it is quoted' })
  updatePartReplacement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdatePartReplacementInput) input: UpdatePartReplacementInput,
  ): Promise<PartReplacement> {
    return updatePartReplacement({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone }, id, version, input);
  }

  @Authorized('partReplacement:delete')
  @Mutation(() => ID, { description: 'Archives the record; its timeline stays; answers the id, for clients to evict it from their cache' })
  async deletePartReplacement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await deletePartReplacement(serviceContext(ctx), id, version);
    return id;
  }

  @Authorized('partReplacement:edit')
  @Mutation(() => PartReplacement, { description: 'REQUESTED → FORWARDED to the responsible department' })
  forwardPartReplacement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ForwardPartReplacementInput, { nullable: true }) input?: ForwardPartReplacementInput,
    @Arg('department', () => DepartmentEnum, { nullable: true, description: 'The department that quotes and carries it out', deprecationReason: MOVED_TO_INPUT }) department?: Department,
  ): Promise<PartReplacement> {
    return forwardPartReplacement(serviceContext(ctx), id, version, stepValue('department', input?.department, department, true));
  }

  @Authorized('partReplacement:edit')
  @Mutation(() => PartReplacement, { description: 'FORWARDED → QUOTED; the price may be left out (it is 0) under warranty' })
  quotePartReplacement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => QuotePartReplacementInput, { nullable: true }) input?: QuotePartReplacementInput,
    @Arg('unitPrice', () => DecimalScalar, { nullable: true, description: 'Price of one part in yuan (单价), a decimal; a warranty replacement costs 0', deprecationReason: MOVED_TO_INPUT }) unitPrice?: string | null,
  ): Promise<PartReplacement> {
    return quotePartReplacement(serviceContext(ctx), id, version, stepValue('unitPrice', input?.unitPrice, unitPrice) ?? null);
  }

  @Authorized('partReplacement:edit')
  @Mutation(() => PartReplacement, { description: "QUOTED → ACCEPTED or DECLINED: the customer's answer" })
  recordPartReplacementDecision(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PartReplacementDecisionInput, { nullable: true }) input?: PartReplacementDecisionInput,
    @Arg('accepted', () => Boolean, { nullable: true, description: 'Whether the customer accepts the quote', deprecationReason: MOVED_TO_INPUT }) accepted?: boolean,
    @Arg('note', () => String, { nullable: true, description: 'What the customer said', deprecationReason: MOVED_TO_INPUT }) note?: string | null,
  ): Promise<PartReplacement> {
    return recordPartReplacementDecision(serviceContext(ctx), id, version, stepValue('accepted', input?.accepted, accepted, true), stepValue('note', input?.note, note) ?? null);
  }

  @Authorized('partReplacement:edit')
  @Mutation(() => PartReplacement, { description: 'ACCEPTED → DONE' })
  completePartReplacement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => StepNoteInput, { nullable: true, description: 'An optional remark, kept on the timeline' }) input?: StepNoteInput,
  ): Promise<PartReplacement> {
    return completePartReplacement(serviceContext(ctx), id, version, input?.note);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'quantity × unit price, exact; null before the quote' })
  total(@Root() record: PartReplacement): string | null {
    return record.unitPrice == null ? null : multiplyMoney(record.quantity, record.unitPrice);
  }

  @FieldResolver(() => [PartReplacementActionEnum], { description: "The steps this viewer may take now (the domain's partReplacementNextActions), each one mutation" })
  availableActions(@Root() record: PartReplacement, @Ctx() ctx: Context): PartReplacementStepName[] {
    const viewer = requireViewer(ctx.viewer);
    return stepsOf(PART_REPLACEMENT_STEPS, partReplacementNextActions(record.status, viewer.role, { isOwner: record.requestedById === viewer.id }));
  }

  @FieldResolver(() => [PartReplacementActionEnum], { description: 'The same steps as availableActions', deprecationReason: 'Use availableActions, the name every workflow answers (DESIGN §2)' })
  nextActions(@Root() record: PartReplacement, @Ctx() ctx: Context): PartReplacementStepName[] {
    return this.availableActions(record, ctx);
  }

  @FieldResolver(() => [PartReplacementStep], { description: 'Timeline, oldest first' })
  steps(@Root() record: PartReplacement, @Ctx() ctx: Context): Promise<PartReplacementStep[]> {
    return partReplacementLoaders(ctx).steps.load(record.id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer' })
  customer(@Root() record: PartReplacement, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerLoaders(ctx).customerById.load(record.customerId);
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract it falls under, if any' })
  contract(@Root() record: PartReplacement, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return record.contractId ? contractLoaders(ctx).contractById.load(record.contractId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The agent who recorded the request' })
  requestedBy(@Root() record: PartReplacement, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(record.requestedById);
  }
}

@Resolver(() => PartReplacementStep)
export class PartReplacementStepResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who took the step' })
  actor(@Root() step: PartReplacementStep, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(step.actorId);
  }
}
