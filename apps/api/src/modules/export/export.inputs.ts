import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, SortDirection } from '../../graphql/enums';

export const EXPORT_FORMATS = ['CSV', 'XLSX'] as const;
export const ExportFormatEnum = graphqlEnum(EXPORT_FORMATS, 'ExportFormat', 'File format of a list export', {
  CSV: 'CSV, UTF-8 with BOM (Excel opens Chinese text correctly)',
  XLSX: 'Excel workbook: numbers and dates as typed cells',
});

@InputType({ description: 'One column of an export: a field of the list’s items and its header' })
export class ExportColumnInput {
  @Field(() => String, { description: 'Path of fields below the list’s item, e.g. `amount`, `customer.name`, `owner.name` (to-one steps, then a scalar or enum)' })
  field: string;

  @Field(() => String, { description: 'Column header, by convention `<zh-CN label> <field>` (e.g. `名称 name`): imports read either part' })
  title: string;
}

@InputType({ description: 'One sort key of the exported list, as the list’s own XSort' })
export class ExportSortInput {
  @Field(() => String, { description: 'A value of the list’s XSortField enum, e.g. END_DATE' })
  field: string;

  @Field(() => SortDirection, { description: 'Ascending or descending' })
  direction: SortDirection;
}

@InputType({ description: 'Which list to export, filtered and sorted as the console shows it, with which columns' })
export class ExportListInput {
  @Field(() => String, { description: 'The list query’s name, e.g. `contracts`: any root query answering an XPage that takes only filter, sort and page' })
  list: string;

  @Field(() => String, { nullable: true, description: 'The list’s filter (its XFilter input) as JSON, e.g. {"status":["ACTIVE"]}' })
  filter?: string | null;

  @Field(() => [ExportSortInput], { nullable: true, description: 'The list’s sort; the list’s default sort when absent' })
  sort?: ExportSortInput[] | null;

  @Field(() => [ExportColumnInput], { description: 'The columns, in order (1 to 60)' })
  columns: ExportColumnInput[];

  @Field(() => ExportFormatEnum, { description: 'CSV or XLSX' })
  format: (typeof EXPORT_FORMATS)[number];
}

@ObjectType({ description: 'A file made by an export (audited): its bytes as base64, to save as it is' })
export class ExportFile {
  @Field(() => String, { description: 'Suggested file name, with the day; `-first-10000` when the list was longer than the export limit' })
  filename: string;

  @Field(() => String, { description: 'MIME type of the file' })
  mimeType: string;

  @Field(() => String, { description: 'The file’s bytes, base64-encoded' })
  contentBase64: string;

  @Field(() => Int, { description: 'Rows in the file, header excluded' })
  rowCount: number;

  @Field(() => Boolean, { description: 'True when the list had more rows than the export limit (10,000) and the file holds the first ones' })
  truncated: boolean;
}
