import { INTERACTION_KINDS, type InteractionKind, type Satisfaction } from '@sanxin/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { EscalationLevelEnum } from '../complaint';
import { SatisfactionEnum } from '../follow-up';

export const InteractionKindEnum = graphqlEnum(
  INTERACTION_KINDS,
  'InteractionKind',
  'Kind of interaction in the reports (咨询/查询/主动服务/投诉/回访): outbound records are proactive calls, inbound ones by outcome, follow-up calls are follow-up attempts',
  'interactionKind',
);

@ObjectType({ description: 'Interactions of one kind, by direction' })
export class InteractionKindCount {
  @Field(() => InteractionKindEnum, { description: 'The kind' })
  kind: InteractionKind;

  @Field(() => Int, { description: 'Inbound (呼入)' })
  inbound: number;

  @Field(() => Int, { description: 'Outbound (呼出)' })
  outbound: number;

  @Field(() => Int, { description: 'Both directions' })
  total: number;
}

@ObjectType({ description: 'Escalations to one level' })
export class EscalationCount {
  @Field(() => EscalationLevelEnum, { description: 'To whom: SHIFT_LEADER (班长) or DEPT_MANAGER (主任)' })
  level: number;

  @Field(() => Int, { description: 'How many' })
  count: number;
}

@ObjectType({ description: 'Follow-up answers of one satisfaction (回访反馈)' })
export class SatisfactionCount {
  @Field(() => SatisfactionEnum, { description: 'The answer' })
  satisfaction: Satisfaction;

  @Field(() => Int, { description: 'How many' })
  count: number;
}

@ObjectType({ description: 'The figures of a report period, read from the daily roll-ups' })
export class ReportFigures {
  @Field(() => [InteractionKindCount], { description: 'Interactions by kind and direction, every kind listed' })
  interactions: InteractionKindCount[];

  @Field(() => Int, { description: 'All interactions, follow-up calls included' })
  interactionTotal: number;

  @Field(() => Int, { description: 'Complaints received (受理)' })
  complaintsReceived: number;

  @Field(() => Int, { description: 'Complaints closed or rejected (办结)' })
  complaintsClosed: number;

  @Field(() => Int, { description: 'Follow-ups due (not cancelled)' })
  followUpsDue: number;

  @Field(() => Int, { description: 'Follow-ups done' })
  followUpsDone: number;

  @Field(() => Int, { description: 'Follow-ups due in the period done late or not done by their time limit' })
  followUpsOverdue: number;

  @Field(() => [EscalationCount], { description: 'Escalations by level (升级督办)' })
  escalations: EscalationCount[];

  @Field(() => Int, { description: 'All escalations' })
  escalationTotal: number;

  @Field(() => Int, { description: 'Urges from customers (催单)' })
  urges: number;

  @Field(() => [SatisfactionCount], { description: 'Follow-up answers by satisfaction (回访反馈)' })
  feedback: SatisfactionCount[];
}

@ObjectType({ description: 'The figures of one team' })
export class TeamFigures {
  @Field(() => ID, { nullable: true, description: 'Id of the team; null for people in no team' })
  teamId: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the team' })
  teamName: string | null;

  @Field(() => ReportFigures, { description: 'Its figures' })
  figures: ReportFigures;
}

@ObjectType({ description: 'The figures of one person' })
export class StaffFigures {
  @Field(() => ID, { description: 'Id of the staff member' })
  staffId: string;

  @Field(() => String, { nullable: true, description: 'Name of the staff member' })
  staffName: string | null;

  @Field(() => ReportFigures, { description: 'Their figures' })
  figures: ReportFigures;
}

@ObjectType({ description: 'A complaint open more than 24 hours at the end of the report day (超24小时未办结工单)' })
export class LongOpenComplaint {
  @Field(() => ID, { description: 'Id of the complaint' })
  id: string;

  @Field(() => String, { description: '投诉编号' })
  number: string;

  @Field(() => ID, { description: 'Id of its owner (首问负责人)' })
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'Name of its owner' })
  ownerName: string | null;

  @Field(() => Date, { description: 'When it was received' })
  receivedAt: Date;

  @Field(() => Date, { description: 'Its time limit' })
  dueAt: Date;

  @Field(() => Float, { description: 'Hours open at the end of the report day (or now, for today), one decimal' })
  ageHours: number;
}

@ObjectType({ description: 'Staffing against the roster (排班与到岗) for the report day' })
export class Staffing {
  @Field(() => Int, { description: 'Active staff in scope (the team, the department, or the person)' })
  headcount: number;

  @Field(() => Int, { description: 'People on a published shift that day' })
  rostered: number;

  @Field(() => Int, { description: 'Of those, people on approved leave that day' })
  onLeave: number;

  @Field(() => Int, { description: 'Rostered and not on leave' })
  available: number;

  @Field(() => Int, { description: 'Published shifts that day' })
  shifts: number;
}

@ObjectType({ description: '日报: one day of a person, a team or the department' })
export class DailyReport {
  @Field(() => LocalDateScalar, { description: 'The business day' })
  date: string;

  @Field(() => ID, { nullable: true, description: 'The team reported on; null for the department or a person' })
  teamId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person reported on (an agent sees only their own figures); null otherwise' })
  staffId: string | null;

  @Field(() => ReportFigures, { description: 'The day’s figures' })
  figures: ReportFigures;

  @Field(() => [TeamFigures], { description: 'Per team, for the department report; empty otherwise' })
  byTeam: TeamFigures[];

  @Field(() => [StaffFigures], { description: 'Per person, for a team report; empty otherwise' })
  byStaff: StaffFigures[];

  @Field(() => Int, { description: 'Complaints open more than 24 hours at the end of the day (or now, for today)' })
  longOpenTotal: number;

  @Field(() => [LongOpenComplaint], { description: 'The oldest of them first (at most 100), with owner and age' })
  longOpenComplaints: LongOpenComplaint[];

  @Field(() => Staffing, { description: 'Staffing against the roster' })
  staffing: Staffing;
}

@ObjectType({ description: 'One day of a week' })
export class DayFigures {
  @Field(() => LocalDateScalar, { description: 'The day' })
  date: string;

  @Field(() => ReportFigures, { description: 'Its figures' })
  figures: ReportFigures;
}

@ObjectType({
  description: '周报: urges, feedback, follow-ups, escalations and the QA summary of a week (Monday to Sunday)',
})
export class WeeklyReport {
  @Field(() => LocalDateScalar, { description: 'Monday of the week' })
  weekStart: string;

  @Field(() => LocalDateScalar, { description: 'Sunday of the week' })
  weekEnd: string;

  @Field(() => ID, { nullable: true, description: 'The team reported on; null for the department or a person' })
  teamId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person reported on; null otherwise' })
  staffId: string | null;

  @Field(() => ReportFigures, { description: 'The week’s figures' })
  figures: ReportFigures;

  @Field(() => [DayFigures], { description: 'Each of its seven days' })
  days: DayFigures[];

  @Field(() => [StaffFigures], { description: 'Per person, for a team report; empty otherwise' })
  byStaff: StaffFigures[];
}
