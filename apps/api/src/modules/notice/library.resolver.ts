import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Complaint, ComplaintCategory, complaintLoaders } from '../complaint';
import { Staff, staffLoaders } from '../staff';
import { CaseStudy } from './case-study.entity';
import { archiveCaseStudy, createCaseStudy, getCaseStudy, listCaseStudies, updateCaseStudy } from './case-study.service';
import {
  CaseStudyFilter,
  CaseStudySort,
  CreateCaseStudyInput,
  CreateStandardAnswerInput,
  StandardAnswerFilter,
  StandardAnswerSort,
  UpdateCaseStudyInput,
  UpdateStandardAnswerInput,
} from './notice.inputs';
import { StandardAnswer } from './standard-answer.entity';
import { archiveStandardAnswer, createStandardAnswer, getStandardAnswer, listStandardAnswers, updateStandardAnswer } from './standard-answer.service';

const StandardAnswerPage = PageType(StandardAnswer, 'StandardAnswer');
const CaseStudyPage = PageType(CaseStudy, 'CaseStudy');
const ID_ARG = { description: 'Identifier' };
const VERSION_ARG = { description: 'The version the change is based on' };

/** 统一答复口径: the agreed answers every agent gives. */
@Resolver(() => StandardAnswer)
export class StandardAnswerResolver {
  @Authorized('standardAnswer:list')
  @Query(() => StandardAnswerPage, { description: '统一答复口径: the agreed answers, by topic; `q` finds Chinese text anywhere in them' })
  async standardAnswers(
    @Ctx() ctx: Context,
    @Arg('filter', () => StandardAnswerFilter, { nullable: true, description: 'Which answers' }) filter?: StandardAnswerFilter,
    @Arg('sort', () => [StandardAnswerSort], { nullable: true, description: 'Order (default: by topic)' }) sort?: StandardAnswerSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return StandardAnswerPage.of(await listStandardAnswers(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('standardAnswer:show')
  @Query(() => StandardAnswer, { nullable: true, description: 'One standard answer by id; null when it does not exist' })
  standardAnswer(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<StandardAnswer | null> {
    return getStandardAnswer(serviceContext(ctx), id);
  }

  @Authorized('standardAnswer:create')
  @Mutation(() => StandardAnswer, { description: 'Adds an agreed answer (revision 1)' })
  createStandardAnswer(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateStandardAnswerInput, { description: 'The answer' }) input: CreateStandardAnswerInput,
  ): Promise<StandardAnswer> {
    return createStandardAnswer(serviceContext(ctx), input);
  }

  @Authorized('standardAnswer:edit')
  @Mutation(() => StandardAnswer, { description: 'Changes an agreed answer; a new question or answer is a new revision' })
  updateStandardAnswer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateStandardAnswerInput, { description: 'What changes' }) input: UpdateStandardAnswerInput,
  ): Promise<StandardAnswer> {
    return updateStandardAnswer(serviceContext(ctx), id, version, input);
  }

  @Authorized('standardAnswer:delete')
  @Mutation(() => ID, { description: 'Deletes (archives) an agreed answer; its history stays. Answers the id' })
  async deleteStandardAnswer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
  ): Promise<string> {
    await archiveStandardAnswer(serviceContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who last agreed the wording' })
  author(@Root() answer: StandardAnswer, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(answer.authorId);
  }
}

/** 案例库: closed complaints written up for training. */
@Resolver(() => CaseStudy)
export class CaseStudyResolver {
  @Authorized('caseStudy:list')
  @Query(() => CaseStudyPage, { description: '案例库: the cases, newest first; `q` finds Chinese text anywhere in them' })
  async caseStudies(
    @Ctx() ctx: Context,
    @Arg('filter', () => CaseStudyFilter, { nullable: true, description: 'Which cases' }) filter?: CaseStudyFilter,
    @Arg('sort', () => [CaseStudySort], { nullable: true, description: 'Order (default: newest first)' }) sort?: CaseStudySort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return CaseStudyPage.of(await listCaseStudies(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('caseStudy:show')
  @Query(() => CaseStudy, { nullable: true, description: 'One case by id; null when it does not exist' })
  caseStudy(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<CaseStudy | null> {
    return getCaseStudy(serviceContext(ctx), id);
  }

  @Authorized('caseStudy:create')
  @Mutation(() => CaseStudy, {
    description: '转为案例: writes a closed complaint up as a case (RULE_VIOLATION complaintNotClosed, caseExists); customer details are removed',
  })
  createCaseStudy(@Ctx() ctx: Context, @Arg('input', () => CreateCaseStudyInput, { description: 'The case' }) input: CreateCaseStudyInput): Promise<CaseStudy> {
    return createCaseStudy(serviceContext(ctx), input);
  }

  @Authorized('caseStudy:edit')
  @Mutation(() => CaseStudy, { description: 'Changes a case; customer details are removed from the new text too' })
  updateCaseStudy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateCaseStudyInput, { description: 'What changes' }) input: UpdateCaseStudyInput,
  ): Promise<CaseStudy> {
    return updateCaseStudy(serviceContext(ctx), id, version, input);
  }

  @Authorized('caseStudy:delete')
  @Mutation(() => ID, { description: 'Deletes (archives) a case. Answers the id' })
  async deleteCaseStudy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
  ): Promise<string> {
    await archiveCaseStudy(serviceContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => ComplaintCategory, { nullable: true, description: "The complaint's category" })
  category(@Root() study: CaseStudy, @Ctx() ctx: Context): Promise<ComplaintCategory | null> {
    return complaintLoaders(ctx).categoryById.load(study.categoryId);
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint it was written from (its own permissions and masking apply)' })
  complaint(@Root() study: CaseStudy, @Ctx() ctx: Context): Promise<Complaint | null> {
    return complaintLoaders(ctx).complaintById.load(study.complaintId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who wrote it up' })
  author(@Root() study: CaseStudy, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(study.authorId);
  }
}
