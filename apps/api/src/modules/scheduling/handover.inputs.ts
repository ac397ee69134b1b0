import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';

@InputType({ description: 'What the outgoing shift leader hands over (交班)' })
export class CreateHandoverLogInput {
  @Field(() => ID, { description: 'The outgoing shift' })
  shiftId: string;

  @Field(() => String, { description: 'Equipment status (设备状态)' })
  equipmentStatus: string;

  @Field(() => [String], { nullable: true, description: 'Complaint ids of open difficult cases' })
  openCaseIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Staffing changes (人员变动)' })
  staffingChanges?: string | null;

  @Field(() => String, { nullable: true, description: 'Other notes (其他事项)' })
  notes?: string | null;
}

@InputType({ description: 'By the writer, until the handover is acknowledged' })
export class UpdateHandoverLogInput {
  @Field(() => String, { nullable: true, description: 'Equipment status (设备状态)' })
  equipmentStatus?: string | null;

  @Field(() => [String], { nullable: true, description: 'Complaint ids of open difficult cases (replaces the list)' })
  openCaseIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Staffing changes (人员变动)' })
  staffingChanges?: string | null;

  @Field(() => String, { nullable: true, description: 'Other notes (其他事项)' })
  notes?: string | null;
}

@InputType({ description: 'Which handover logs a list returns: every field given must match' })
export class HandoverLogFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the log of this shift' })
  shiftId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only logs of this team' })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only logs not acknowledged yet (true)' })
  unacknowledged?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Substring of the equipment status, the staffing changes or the notes' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the logs the viewer wrote (outgoing leader)' })
  mine?: boolean | null;
}

export const HandoverLogSort = SortInputType('HandoverLog', ['CREATED_AT'] as const);
export type HandoverLogSort = InstanceType<typeof HandoverLogSort>;
