import type { ProposalDecision, ResolutionType } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { moneyColumn } from '../../shared/db-columns';
import { ProposalDecisionEnum, ResolutionTypeEnum } from './complaint.enums';

/** 处理方案: every proposal is kept, with the manager's decision and the customer's answer. */
@ObjectType({ description: '处理方案' })
@Entity('complaint_proposal')
@Index('idx_complaint_proposal_complaint', ['complaintId', 'createdAt', 'id'])
export class ComplaintProposal extends BaseRecord {
  @Field(() => ID, { description: 'Id of the complaint' })
  @Column({ name: 'complaint_id', type: 'varchar', length: 36 })
  complaintId: string;

  @Field(() => ResolutionTypeEnum, { description: 'Kind of resolution (处理方式)' })
  @Column({ type: 'varchar', length: 30 })
  type: ResolutionType;

  @Field(() => DecimalScalar, { description: 'Amount in yuan, ≥ 0' })
  @Column({ type: 'decimal', precision: 14, scale: 2, transformer: moneyColumn })
  amount: string;

  @Field(() => String, { description: 'What is proposed, in words (处理方案)' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { description: '客户关系: long-term? likely to buy again?' })
  @Column({ type: 'text' })
  relationship: string;

  @Field(() => String, { description: '口碑影响' })
  @Column({ name: 'word_of_mouth', type: 'text' })
  wordOfMouth: string;

  @Field(() => String, { description: '诉求合理性' })
  @Column({ type: 'text' })
  reasonableness: string;

  @Field(() => Int, { description: "公司责任比例: the company's share of the fault, percent" })
  @Column({ name: 'company_fault_percent', type: 'int' })
  companyFaultPercent: number;

  @Field(() => ID, { description: 'Id of the agent who proposed it' })
  @Column({ name: 'proposed_by_id', type: 'varchar', length: 36 })
  proposedById: string;

  @Field(() => ProposalDecisionEnum, { description: "The manager's decision (审批结果)" })
  @Column({ type: 'varchar', length: 10 })
  decision: ProposalDecision;

  @Field(() => ID, { nullable: true, description: 'Id of the manager who decided' })
  @Column({ name: 'decided_by_id', type: 'varchar', length: 36, nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the manager decided; null while pending' })
  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The manager's note with the decision (a return needs one)" })
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Field(() => Boolean, { nullable: true, description: "The customer's answer; true is the agreement (处理协议)" })
  @Column({ name: 'customer_accepted', type: 'boolean', nullable: true })
  customerAccepted: boolean | null;
}
