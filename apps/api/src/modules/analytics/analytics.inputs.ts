import type { ComplaintSeverity } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { ComplaintSeverityEnum } from '../complaint';

@InputType({ description: '统计分析 filter: a period of business days (at most 24 months), and optionally a team, categories and severities' })
export class AnalyticsFilter {
  @Field(() => LocalDateScalar, { description: 'First business day of the period' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'Last business day of the period (included)' })
  to: string;

  @Field(() => ID, { nullable: true, description: 'A team; default: a leader’s own team, the department for the managers and QA; an agent always sees their own figures' })
  teamId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Complaint categories (at most 50); applies to the complaint and satisfaction figures, not to the workload' })
  categoryIds?: string[] | null;

  @Field(() => [ComplaintSeverityEnum], { nullable: true, description: 'Complaint severities; applies to the complaint and satisfaction figures, not to the workload' })
  severities?: ComplaintSeverity[] | null;
}
