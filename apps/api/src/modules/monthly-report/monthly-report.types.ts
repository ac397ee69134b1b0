import type { MonthlyReportDimension, MonthlyReportMeasure, MonthlyReportSection } from '@sanxin/domain';
import { Field, Float, ObjectType } from 'type-graphql';
import { HomeTarget } from '../report';
import { MonthlyReportDimensionEnum, MonthlyReportMeasureEnum, MonthlyReportSectionEnum } from './monthly-report.enums';

@ObjectType({ description: 'One row of a section’s table: a category, a level, a person, a case … or the total' })
export class MonthlyReportRow {
  @Field(() => MonthlyReportDimensionEnum, { description: 'What the row stands for' })
  dimension: MonthlyReportDimension;

  @Field(() => String, { nullable: true, description: 'The category id, severity, level, staff id, complaint id …; null for a total' })
  key: string | null;

  @Field(() => String, { description: 'Display text frozen at generation (a name, a complaint number, a Chinese label)' })
  label: string;

  @Field(() => String, { nullable: true, description: 'A remark: how a QA violation was handled, what a notable case was about' })
  note: string | null;

  @Field(() => [Float], {
    nullable: 'items',
    description: 'One value per column of the section; null where there is no basis (a change from zero, a median of nothing)',
  })
  values: Array<number | null>;

  @Field(() => HomeTarget, { nullable: true, description: 'The filtered list of the records behind the figures' })
  link: HomeTarget | null;
}

@ObjectType({ description: 'A section of the monthly report: its table and the leader’s commentary' })
export class MonthlyReportSectionView {
  @Field(() => MonthlyReportSectionEnum, { description: 'Which section' })
  section: MonthlyReportSection;

  @Field(() => String, { nullable: true, description: 'The leader’s commentary (说明); null until written' })
  commentary: string | null;

  @Field(() => [MonthlyReportMeasureEnum], { description: 'The columns of the table, in order' })
  columns: MonthlyReportMeasure[];

  @Field(() => [MonthlyReportRow], { description: 'The rows; the total last where there is one' })
  rows: MonthlyReportRow[];
}

@ObjectType({ description: 'Where the report’s exports download from (GET with the session cookie)' })
export class MonthlyReportDownloads {
  @Field(() => String, { description: 'The PDF, e.g. /api/reports/monthly/<id>.pdf' })
  pdf: string;

  @Field(() => String, { description: 'The Excel workbook (.xlsx), one sheet per section' })
  xlsx: string;
}

export const downloadsOf = (id: string): MonthlyReportDownloads => ({ pdf: `/api/reports/monthly/${id}.pdf`, xlsx: `/api/reports/monthly/${id}.xlsx` });
