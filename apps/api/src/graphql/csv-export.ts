import { Field, Int, ObjectType } from 'type-graphql';

/** What every export mutation answers: the file the console saves as it is. */
@ObjectType()
export class CsvExport {
  @Field(() => String)
  filename: string;

  @Field(() => String, { description: 'UTF-8 with BOM so Excel opens Chinese text correctly' })
  csv: string;

  @Field(() => Int)
  rowCount: number;
}
