import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';

@InputType()
export class CreateHandoverLogInput {
  @Field(() => ID, { description: 'The outgoing shift' })
  shiftId: string;

  @Field(() => String)
  equipmentStatus: string;

  @Field(() => [String], { nullable: true, description: 'Complaint ids of open difficult cases' })
  openCaseIds?: string[] | null;

  @Field(() => String, { nullable: true })
  staffingChanges?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'By the writer, until the handover is acknowledged' })
export class UpdateHandoverLogInput {
  @Field(() => String, { nullable: true })
  equipmentStatus?: string | null;

  @Field(() => [String], { nullable: true, description: 'Complaint ids of open difficult cases (replaces the list)' })
  openCaseIds?: string[] | null;

  @Field(() => String, { nullable: true })
  staffingChanges?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType()
export class HandoverLogFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  shiftId?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true })
  unacknowledged?: boolean | null;
}

export const HandoverLogSort = SortInputType('HandoverLog', ['CREATED_AT'] as const);
export type HandoverLogSort = InstanceType<typeof HandoverLogSort>;
