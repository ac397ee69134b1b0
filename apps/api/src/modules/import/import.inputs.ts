import type { ImportJobStatus, ImportKind } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { ImportJobStatusEnum, ImportKindEnum } from './import.enums';

@InputType({ description: 'Which import jobs a list returns: every field given must match' })
export class ImportJobFilter {
  @Field(() => String, { nullable: true, description: 'Text in the file name' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [ImportKindEnum], { nullable: true, description: 'Only imports of these kinds' })
  kind?: ImportKind[] | null;

  @Field(() => [ImportJobStatusEnum], { nullable: true, description: 'Only jobs in one of these statuses' })
  status?: ImportJobStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the viewer’s own uploads' })
  mine?: boolean | null;
}

export const IMPORT_JOB_SORT_FIELDS = ['CREATED_AT', 'UPDATED_AT'] as const;
export type ImportJobSortField = (typeof IMPORT_JOB_SORT_FIELDS)[number];
export const ImportJobSort = SortInputType('ImportJob', IMPORT_JOB_SORT_FIELDS);
export type ImportJobSort = InstanceType<typeof ImportJobSort>;
