import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { createHoliday, deleteHoliday, listHolidays, updateHoliday } from './calendar.service';
import { Holiday } from './holiday.entity';
import { importHolidays, previewHolidayImport, yearsMissingHolidaysNow } from './holiday-import.service';
import { HolidayCalendarStatus, HolidayImportPreview, HolidayImportResult } from './holiday-import.views';
import { chineseDaysSource } from './official-holidays';
import { CreateHolidayInput, HolidayFilter, HolidaySort, UpdateHolidayInput } from './holiday.inputs';

const HolidayPage = PageType(Holiday, 'Holiday');

@Resolver(() => Holiday)
export class HolidayResolver {
  @Authorized('holiday:list')
  @Query(() => HolidayPage, { description: 'Public holidays and make-up working days, a page at a time' })
  async holidays(
    @Ctx() ctx: Context,
    @Arg('filter', () => HolidayFilter, { nullable: true }) filter?: HolidayFilter,
    @Arg('sort', () => [HolidaySort], { nullable: true }) sort?: HolidaySort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return HolidayPage.of(await listHolidays(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('holiday:show')
  @Query(() => Holiday, { nullable: true, description: 'One holiday or make-up working day by id; null when it does not exist' })
  holiday(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Holiday | null> {
    return ctx.dataSource.getRepository(Holiday).findOneBy({ id });
  }

  @Authorized('holiday:create')
  @Mutation(() => Holiday, { description: 'Adds a public holiday or a make-up working day' })
  createHoliday(@Ctx() ctx: Context, @Arg('input', () => CreateHolidayInput) input: CreateHolidayInput): Promise<Holiday> {
    return createHoliday(serviceContext(ctx), input);
  }

  @Authorized('holiday:edit')
  @Mutation(() => Holiday, { description: 'Changes a holiday or make-up working day' })
  updateHoliday(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateHolidayInput) input: UpdateHolidayInput,
  ): Promise<Holiday> {
    return updateHoliday(serviceContext(ctx), id, version, input);
  }

  @Authorized('holiday:delete')
  @Mutation(() => ID, { description: 'answers the id, for clients to evict it from their cache' })
  async deleteHoliday(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await deleteHoliday(serviceContext(ctx), id, version);
    return id;
  }

  @Authorized('holiday:create')
  @Query(() => HolidayImportPreview, { description: '导入节假日, step 1: the official schedule of a year against the stored days; saves nothing' })
  holidayImportPreview(@Ctx() ctx: Context, @Arg('year', () => Int, { description: 'The year to preview' }) year: number): Promise<HolidayImportPreview> {
    return previewHolidayImport(serviceContext(ctx), chineseDaysSource(ctx.config.holidaysDir), year);
  }

  @Authorized('holiday:create')
  @Mutation(() => HolidayImportResult, { description: '导入节假日, step 2: saves the previewed additions and changes (audited); CONFLICT when the stored days changed since the preview' })
  importHolidays(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year whose official schedule is imported' }) year: number,
    @Arg('fingerprint', () => String, { description: 'HolidayImportPreview.fingerprint of the preview confirmed' }) fingerprint: string,
  ): Promise<HolidayImportResult> {
    return importHolidays(serviceContext(ctx), chineseDaysSource(ctx.config.holidaysDir), year, fingerprint);
  }

  @Authorized('holiday:list')
  @Query(() => HolidayCalendarStatus, { description: 'Years whose public holidays are missing now (the console warns administrators and shift leaders)' })
  async holidayCalendarStatus(@Ctx() ctx: Context): Promise<HolidayCalendarStatus> {
    return { missingYears: await yearsMissingHolidaysNow(ctx.dataSource.manager, ctx.clock.now(), ctx.config.businessTimeZone) };
  }
}
