import type { EscalationClock } from '@sanxin/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EscalationClockEnum, EscalationLevelEnum } from './complaint.enums';

/** Both clocks of a complaint (DOMAIN §5): a reopening restarts escalation but keeps the earlier time on record. */
@ObjectType({ description: '投诉计时: the original clock (first registration) and the restarted one (last reopening), in the hours of the escalation clock' })
export class ComplaintClock {
  @Field(() => EscalationClockEnum, { description: 'The hours escalation counts in (setting complaint.escalationClock)' })
  clock: EscalationClock;

  @Field(() => Date, { description: 'When the complaint was first received; a reopening never moves it' })
  originalStartAt: Date;

  @Field(() => Date, { description: 'When the current clock started: registration, or the last reopening; escalation counts from here' })
  startAt: Date;

  @Field(() => Int, { description: 'Times the complaint was reopened' })
  reopenCount: number;

  @Field(() => Float, { description: 'Hours from originalStartAt to the close (or now), on the escalation clock' })
  hoursSinceOriginal: number;

  @Field(() => Float, { description: 'Hours from startAt to the close (or now), on the escalation clock' })
  hoursSinceStart: number;

  @Field(() => EscalationLevelEnum, { nullable: true, description: 'The next escalation level due; null when closed or at DEPT_MANAGER' })
  nextLevel: number | null;

  @Field(() => Date, { nullable: true, description: 'When the next level is due if the complaint is still open then' })
  nextEscalationAt: Date | null;
}
