import { canAccess, NOTICE_STEPS, type NoticeStep, noticeNextActions, stepsOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { StepNoteInput } from '../../graphql/step-note.input';
import { Staff, staffLoaders } from '../staff';
import { NoticeActionEnum } from './notice.enums';
import { Notice } from './notice.entity';
import { CreateNoticeInput, NoticeFilter, NoticeSort, UpdateNoticeInput } from './notice.inputs';
import { noticeLoaders, receiptKey } from './notice.loaders';
import { createNotice, getNotice, listNotices, markNoticeRead, stepNotice, updateNotice } from './notice.service';
import { NoticeReceiptProgress, progressOf } from './notice-progress';
import { NoticeReceipt } from './notice-receipt.entity';

const NoticePage = PageType(Notice, 'Notice');
const ID_ARG = { description: 'Identifier' };
const VERSION_ARG = { description: 'The version the change is based on' };

@Resolver(() => Notice)
export class NoticeResolver {
  @Authorized('notice:list')
  @Query(() => NoticePage, { description: '公告: the notice board, pinned first then newest; `awaitingMe` lists the viewer’s unread ones' })
  async notices(
    @Ctx() ctx: Context,
    @Arg('filter', () => NoticeFilter, { nullable: true, description: 'Which notices' }) filter?: NoticeFilter,
    @Arg('sort', () => [NoticeSort], { nullable: true, description: 'Order (default: pinned first, then newest published)' }) sort?: NoticeSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return NoticePage.of(await listNotices(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('notice:show')
  @Query(() => Notice, { nullable: true, description: 'One notice by id; null when it does not exist (or is a draft the viewer may not see)' })
  notice(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<Notice | null> {
    return getNotice(serviceContext(ctx), id);
  }

  @Authorized('notice:create')
  @Mutation(() => Notice, { description: 'Writes a notice as a draft' })
  createNotice(@Ctx() ctx: Context, @Arg('input', () => CreateNoticeInput, { description: 'The notice' }) input: CreateNoticeInput): Promise<Notice> {
    return createNotice(serviceContext(ctx), input);
  }

  @Authorized('notice:edit')
  @Mutation(() => Notice, { description: 'Changes a draft; a published notice only changes 置顶 (RULE_VIOLATION noticeNotEditable otherwise)' })
  updateNotice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateNoticeInput, { description: 'What changes' }) input: UpdateNoticeInput,
  ): Promise<Notice> {
    return updateNotice(serviceContext(ctx), id, version, input);
  }

  @Authorized('notice:edit')
  @Mutation(() => Notice, { description: '发布: publishes a draft to everyone; the publisher’s own receipt is signed' })
  publishNotice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => StepNoteInput, { nullable: true, description: 'An optional remark' }) input?: StepNoteInput,
  ): Promise<Notice> {
    return stepNotice(serviceContext(ctx), id, version, 'publish', input?.note);
  }

  @Authorized('notice:edit')
  @Mutation(() => Notice, { description: '归档: takes a notice (or an unwanted draft) off the board; it stays readable' })
  archiveNotice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => StepNoteInput, { nullable: true, description: 'An optional remark' }) input?: StepNoteInput,
  ): Promise<Notice> {
    return stepNotice(serviceContext(ctx), id, version, 'archive', input?.note);
  }

  @Authorized('notice:show')
  @Mutation(() => Notice, { description: '签收: the viewer has read a published notice. Idempotent: a second call keeps the first time and writes nothing' })
  markNoticeRead(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<Notice> {
    return markNoticeRead(serviceContext(ctx), id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the viewer read it; null while unread' })
  async readAt(@Root() notice: Notice, @Ctx() ctx: Context): Promise<Date | null> {
    if (!ctx.viewer) return null;
    return (await noticeLoaders(ctx).receiptOf.load(receiptKey(ctx.viewer.id, notice.id)))?.readAt ?? null;
  }

  @FieldResolver(() => NoticeReceiptProgress, {
    nullable: true,
    description: '签收情况 of a published or archived notice, for leaders, managers and the administrator; null for others and for drafts',
  })
  async receiptProgress(@Root() notice: Notice, @Ctx() ctx: Context): Promise<NoticeReceiptProgress | null> {
    if (!ctx.viewer || notice.status === 'DRAFT' || !canAccess(ctx.viewer.role, 'noticeReceipt', 'list')) return null;
    const loaders = noticeLoaders(ctx);
    const [audience, receipts] = await Promise.all([loaders.audienceIds(), loaders.receiptsByNoticeId.load(notice.id)]);
    return progressOf(audience, receipts);
  }

  @FieldResolver(() => [NoticeActionEnum], { description: 'The steps the viewer may take now' })
  availableActions(@Root() notice: Notice, @Ctx() ctx: Context): NoticeStep[] {
    return ctx.viewer ? stepsOf(NOTICE_STEPS, noticeNextActions(notice.status, ctx.viewer.role)) : [];
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who wrote it' })
  author(@Root() notice: Notice, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(notice.authorId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who published it' })
  publishedBy(@Root() notice: Notice, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return notice.publishedById ? staffLoaders(ctx).staffById.load(notice.publishedById) : null;
  }
}

@Resolver(() => NoticeReceiptProgress)
export class NoticeReceiptProgressResolver {
  @FieldResolver(() => [Staff], { description: 'Expected readers who have not read it yet (未签收)' })
  async notYet(@Root() progress: NoticeReceiptProgress, @Ctx() ctx: Context): Promise<Staff[]> {
    const staff = await staffLoaders(ctx).staffById.loadMany(progress.notYetIds);
    return staff.filter((person): person is Staff => person instanceof Staff);
  }
}

@Resolver(() => NoticeReceipt)
export class NoticeReceiptResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who read it' })
  staff(@Root() receipt: NoticeReceipt, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(receipt.staffId);
  }
}
