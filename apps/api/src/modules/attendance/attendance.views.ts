import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "违纪统计: one person's attendance violations in a month" })
export class AttendanceViolationCountView {
  @Field(() => ID, { description: 'Id of the person' })
  staffId: string;

  @Field(() => String, { description: "The month, 'YYYY-MM'" })
  month: string;

  @Field(() => Int, { description: 'Violations in the month' })
  count: number;

  @Field(() => Int, { description: 'Of which 20+ minutes late' })
  late: number;

  @Field(() => Int, { description: 'Of which away from the post' })
  absentFromPost: number;

  @Field(() => Boolean, { description: 'scheduling.violationsToFlag (3) or more: shown to the manager' })
  flagged: boolean;
}
