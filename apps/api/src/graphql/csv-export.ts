import { Field, Int, ObjectType } from 'type-graphql';

/** What every export mutation answers: the file the console saves as it is. */
@ObjectType({ description: 'A CSV file made by an export (the export is audited)' })
export class CsvExport {
  @Field(() => String, { description: 'Suggested file name, with the day of the export' })
  filename: string;

  @Field(() => String, { description: 'UTF-8 with BOM so Excel opens Chinese text correctly' })
  csv: string;

  @Field(() => Int, { description: 'Rows in the file, header excluded' })
  rowCount: number;
}
