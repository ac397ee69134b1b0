import { Field, ObjectType } from 'type-graphql';
import { ImportJobRow } from './import-job.entity';
import { PageType } from '../../graphql/pagination';

@ObjectType({ description: 'A problem of a row: the same shape as a BAD_USER_INPUT field error (path, code, params)' })
export class ImportRowError {
  @Field(() => String, { nullable: true, description: 'The column (its field name: phone, contactPhone, customer …); null for the row as a whole' })
  path: string | null;

  @Field(() => String, { description: 'The rule: a domain validation code (invalidPhone, required …) or duplicateExisting / duplicateInFile' })
  code: string;

  @Field(() => String, { nullable: true, description: 'The rule’s parameters as JSON (e.g. {"row":3}), for the message' })
  params: string | null;
}

@ObjectType({ description: 'One cell of a row, by the field its column fills' })
export class ImportRowValue {
  @Field(() => String, { description: 'The field (name, phone, contactName, number …)' })
  field: string;

  @Field(() => String, { description: 'The text read' })
  value: string;
}

export const ImportJobRowPage = PageType(ImportJobRow, 'ImportJobRow');
