import type { MonthlyReportSection, ReportStatus } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { MonthlyReportSectionEnum, ReportStatusEnum } from './monthly-report.enums';

/** A section's commentary may be long (a month's account), within a TEXT column even in 4-byte characters. */
export const COMMENTARY_MAX = 10_000;

@InputType({ description: 'Which monthly reports a list returns: every field given must match' })
export class MonthlyReportFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only this month, YYYY-MM' })
  @MaxLength(7)
  month?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the reports of this team' })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only the department-wide reports; false: only the teams’' })
  department?: boolean | null;

  @Field(() => [ReportStatusEnum], { nullable: true, description: 'Only reports in one of these statuses' })
  status?: ReportStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true (default): only the newest revision of each month; false: the corrected ones too' })
  newest?: boolean | null;
}

export const MONTHLY_REPORT_SORT_FIELDS = ['MONTH', 'UPDATED_AT'] as const;
export type MonthlyReportSortField = (typeof MONTHLY_REPORT_SORT_FIELDS)[number];
export const MonthlyReportSort = SortInputType('MonthlyReport', MONTHLY_REPORT_SORT_FIELDS);
export type MonthlyReportSort = InstanceType<typeof MonthlyReportSort>;

@InputType({ description: 'The commentary (说明) of one section of a draft' })
export class MonthlyReportCommentaryInput {
  @Field(() => MonthlyReportSectionEnum, { description: 'Which section' })
  section: MonthlyReportSection;

  @Field(() => String, { nullable: true, description: `The text, at most ${COMMENTARY_MAX} characters; null or blank clears it` })
  commentary?: string | null;
}
