import { MONTHLY_REPORT_STEPS, type MonthlyReportStep, mayCorrectReport, reportNextActions, stepsOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { StepNoteInput } from '../../graphql/step-note.input';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { tablesFor } from './monthly-report.access';
import { MonthlyReportActionEnum } from './monthly-report.enums';
import { MonthlyReport } from './monthly-report.entity';
import { MonthlyReportCommentaryInput, MonthlyReportFilter, MonthlyReportSort } from './monthly-report.inputs';
import { monthlyReportLoaders } from './monthly-report.loaders';
import {
  correctMonthlyReport,
  generateMonthlyReport,
  getMonthlyReport,
  lateOf,
  listMonthlyReports,
  type MonthlyReportContext,
  regenerateMonthlyReport,
  stepMonthlyReport,
  updateMonthlyReportCommentary,
} from './monthly-report.service';
import { downloadsOf, MonthlyReportDownloads, MonthlyReportSectionView } from './monthly-report.types';

const MonthlyReportPage = PageType(MonthlyReport, 'MonthlyReport');
const ID_ARG = { description: 'Identifier' };
const VERSION_ARG = { description: 'The version the change is based on' };
const NOTE_ARG = { nullable: true, description: 'An optional remark' } as const;

export const monthlyReportContext = (ctx: Context): MonthlyReportContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });

@Resolver(() => MonthlyReport)
export class MonthlyReportResolver {
  @Authorized('monthlyReport:list')
  @Query(() => MonthlyReportPage, {
    description:
      '月服务报告: newest month first; the newest revision of each unless `newest: false`. Agents and shift leaders see their team’s and the department’s',
  })
  async monthlyReports(
    @Ctx() ctx: Context,
    @Arg('filter', () => MonthlyReportFilter, { nullable: true, description: 'Which reports' }) filter?: MonthlyReportFilter,
    @Arg('sort', () => [MonthlyReportSort], { nullable: true, description: 'Order (default: newest month first)' }) sort?: MonthlyReportSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return MonthlyReportPage.of(await listMonthlyReports(monthlyReportContext(ctx), filter, sort, page));
  }

  @Authorized('monthlyReport:show')
  @Query(() => MonthlyReport, { nullable: true, description: 'One monthly report by id; null when it does not exist or is another team’s' })
  monthlyReport(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<MonthlyReport | null> {
    return getMonthlyReport(monthlyReportContext(ctx), id);
  }

  @Authorized('monthlyReport:create')
  @Mutation(() => MonthlyReport, {
    description:
      '生成: a draft with the frozen figures of a month that has ended (RULE_VIOLATION monthlyReportMonthInFuture otherwise); once per month and scope (monthlyReportExists: regenerate it)',
  })
  generateMonthlyReport(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { description: 'The month, YYYY-MM (BAD_USER_INPUT invalidMonth otherwise)' }) month: string,
    @Arg('teamId', () => ID, { nullable: true, description: 'A team; default a shift leader’s own team, the department for a manager' }) teamId?: string | null,
  ): Promise<MonthlyReport> {
    return generateMonthlyReport(monthlyReportContext(ctx), month, teamId);
  }

  @Authorized('monthlyReport:edit')
  @Mutation(() => MonthlyReport, { description: '重新生成: a draft’s figures taken again from the roll-ups; the commentary stays' })
  regenerateMonthlyReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
  ): Promise<MonthlyReport> {
    return regenerateMonthlyReport(monthlyReportContext(ctx), id, version);
  }

  @Authorized('monthlyReport:edit')
  @Mutation(() => MonthlyReport, { description: '说明: the commentary of one section of a draft (RULE_VIOLATION monthlyReportNotEditable once submitted)' })
  updateMonthlyReportCommentary(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => MonthlyReportCommentaryInput, { description: 'The section and its text' }) input: MonthlyReportCommentaryInput,
  ): Promise<MonthlyReport> {
    return updateMonthlyReportCommentary(monthlyReportContext(ctx), id, version, input);
  }

  @Authorized('monthlyReport:edit')
  @Mutation(() => MonthlyReport, {
    description: '提交: to the manager for signing; every section needs its commentary (RULE_VIOLATION commentaryMissing per section)',
  })
  submitMonthlyReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => StepNoteInput, NOTE_ARG) input?: StepNoteInput,
  ): Promise<MonthlyReport> {
    return stepMonthlyReport(monthlyReportContext(ctx), id, version, 'submit', input?.note);
  }

  @Authorized('monthlyReport:approve')
  @Mutation(() => MonthlyReport, { description: '签发: a manager other than the submitter signs; the report is final from then on' })
  signMonthlyReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => StepNoteInput, NOTE_ARG) input?: StepNoteInput,
  ): Promise<MonthlyReport> {
    return stepMonthlyReport(monthlyReportContext(ctx), id, version, 'sign', input?.note);
  }

  @Authorized('monthlyReport:approve')
  @Mutation(() => MonthlyReport, { description: '退回修改: a submitted report back to a draft for the writer' })
  returnMonthlyReportToDraft(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => StepNoteInput, NOTE_ARG) input?: StepNoteInput,
  ): Promise<MonthlyReport> {
    return stepMonthlyReport(monthlyReportContext(ctx), id, version, 'returnToDraft', input?.note);
  }

  @Authorized('monthlyReport:create')
  @Mutation(() => MonthlyReport, {
    description:
      '更正: a signed report stays as it is; answers a new draft revision with fresh figures and the old commentary (RULE_VIOLATION monthlyReportSuperseded if one exists)',
  })
  correctMonthlyReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
  ): Promise<MonthlyReport> {
    return correctMonthlyReport(monthlyReportContext(ctx), id, version);
  }

  @FieldResolver(() => [MonthlyReportSectionView], {
    description: 'The sections in order, each with its frozen table and commentary; an agent sees only their own workload row',
  })
  async sections(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<MonthlyReportSectionView[]> {
    const sections = await monthlyReportLoaders(ctx).sectionsByReportId.load(report.id);
    const visible = ctx.viewer ? tablesFor(monthlyReportContext(ctx), sections) : [];
    return visible.map((table, index) => ({
      ...table,
      commentary: sections[index].commentary,
      rows: table.rows.map((row) => ({
        ...row,
        link: row.link && { route: row.link.route, filter: row.link.filter ? JSON.stringify(row.link.filter) : null },
      })),
    }));
  }

  @FieldResolver(() => Boolean, { description: '逾期: submitted after its due date, or not submitted and the due date has passed' })
  late(@Root() report: MonthlyReport, @Ctx() ctx: Context): boolean {
    return lateOf(monthlyReportContext(ctx), report);
  }

  @FieldResolver(() => [MonthlyReportActionEnum], { description: 'The steps the viewer may take now' })
  async availableActions(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<MonthlyReportStep[]> {
    if (!ctx.viewer) return [];
    const steps = stepsOf(MONTHLY_REPORT_STEPS, reportNextActions(report.status, ctx.viewer.role, report.submittedById === ctx.viewer.id));
    const correctedBy = await monthlyReportLoaders(ctx).correctionOf.load(report.id);
    return mayCorrectReport(report.status, ctx.viewer.role, correctedBy !== null) ? [...steps, 'CORRECT'] : steps;
  }

  @FieldResolver(() => MonthlyReportDownloads, { description: 'Where the PDF and the Excel workbook download from' })
  downloads(@Root() report: MonthlyReport): MonthlyReportDownloads {
    return downloadsOf(report.id);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The reported team; null for the department' })
  team(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<Team | null> | null {
    return report.teamId ? teamLoaders(ctx).teamById.load(report.teamId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who generated it last' })
  generatedBy(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(report.generatedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who submitted it' })
  submittedBy(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return report.submittedById ? staffLoaders(ctx).staffById.load(report.submittedById) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The manager who signed it' })
  signedBy(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return report.signedById ? staffLoaders(ctx).staffById.load(report.signedById) : null;
  }

  @FieldResolver(() => MonthlyReport, { nullable: true, description: 'The signed revision this one corrects' })
  corrects(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<MonthlyReport | null> | null {
    return report.correctsId ? monthlyReportLoaders(ctx).reportById.load(report.correctsId) : null;
  }

  @FieldResolver(() => MonthlyReport, { nullable: true, description: 'The revision that corrects this one; null while it is the newest' })
  correctedBy(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<MonthlyReport | null> {
    return monthlyReportLoaders(ctx).correctionOf.load(report.id);
  }
}
