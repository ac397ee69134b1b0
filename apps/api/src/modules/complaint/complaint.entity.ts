import type { ComplaintChannel, ComplaintPriority, ComplaintSeverity, ComplaintStatus, CustomerEmotion, Department } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { DepartmentEnum } from '../contract';
import { ComplaintChannelEnum, ComplaintPriorityEnum, ComplaintSeverityEnum, ComplaintStatusEnum, CustomerEmotionEnum, EscalationLevelEnum } from './complaint.enums';

/**
 * 投诉 (DOMAIN §5). `closed_at IS NULL` means open: an equality the indexes can lead with, where
 * `status IN (…open statuses)` could not; each index ends in its sort key and id for keyset paging.
 */
@ObjectType({ description: '投诉' })
@Entity('complaint')
@Index('idx_complaint_received', ['receivedAt', 'id'])
@Index('idx_complaint_due', ['dueAt', 'id'])
@Index('idx_complaint_updated', ['updatedAt', 'id'])
@Index('idx_complaint_status_received', ['status', 'receivedAt', 'id'])
@Index('idx_complaint_category_received', ['categoryId', 'receivedAt', 'id'])
@Index('idx_complaint_category_open_due', ['categoryId', 'closedAt', 'dueAt', 'id'])
@Index('idx_complaint_open_due', ['closedAt', 'dueAt', 'id'])
@Index('idx_complaint_open_received', ['closedAt', 'receivedAt', 'id'])
@Index('idx_complaint_owner_open_due', ['ownerId', 'closedAt', 'dueAt', 'id'])
@Index('idx_complaint_owner_open_urged', ['ownerId', 'closedAt', 'lastUrgedAt', 'id'])
@Index('idx_complaint_owner_open_received', ['ownerId', 'closedAt', 'receivedAt', 'id'])
@Index('idx_complaint_customer_received', ['customerId', 'receivedAt', 'id'])
@Index('idx_complaint_escalation', ['closedAt', 'escalationLevel', 'slaStartAt'])
// The monthly report's raw reads, each an index alone (decision 0046): resolutions and open-overdue, notable cases.
@Index('idx_complaint_closed_report', ['closedAt', 'categoryId', 'severity', 'receivedAt', 'dueAt', 'ownerId'])
@Index('idx_complaint_received_notable', ['receivedAt', 'escalationLevel', 'urgeCount', 'severity', 'ownerId'])
@Index('uq_complaint_number', ['number'], { unique: true })
export class Complaint extends BaseRecord {
  @Field(() => String, { description: '投诉编号, e.g. TS-20261201-0042: the business day it was registered and its place in that day; unique' })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Field(() => ID, { description: 'Id of the customer' })
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => ID, { nullable: true, description: "Id of the customer's contact who complained, if recorded" })
  @Column({ name: 'contact_id', type: 'varchar', length: 36, nullable: true })
  contactId: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the contract it concerns, if any' })
  @Column({ name: 'contract_id', type: 'varchar', length: 36, nullable: true })
  contractId: string | null;

  @Field(() => ComplaintChannelEnum, { description: 'How the complaint came in (投诉渠道)' })
  @Column({ type: 'varchar', length: 20 })
  channel: ComplaintChannel;

  @Field(() => Date, { description: 'When the complaint was received (受理时间)' })
  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt: Date;

  @Field(() => ID, { description: 'Who registered it (登记人)' })
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById: string;

  @Field(() => ID, { description: 'Owns it end to end (首问负责): the staff member who registered it' })
  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @Field(() => ID, { description: 'Id of the category' })
  @Column({ name: 'category_id', type: 'varchar', length: 36 })
  categoryId: string;

  @Field(() => ComplaintSeverityEnum, { description: 'Severity (严重程度)' })
  @Column({ type: 'varchar', length: 20 })
  severity: ComplaintSeverity;

  @Field(() => CustomerEmotionEnum, { description: "The customer's emotion when registering (客户情绪)" })
  @Column({ type: 'varchar', length: 20 })
  emotion: CustomerEmotion;

  @Field(() => String, { description: 'What happened, as the customer told it (投诉内容)' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { description: 'What the customer wants' })
  @Column({ name: 'customer_request', type: 'text' })
  customerRequest: string;

  @Field(() => String, { nullable: true, description: 'Product name (产品名称)' })
  @Column({ name: 'product_name', type: 'varchar', length: 100, nullable: true })
  productName: string | null;

  @Field(() => String, { nullable: true, description: 'Product specification (规格型号)' })
  @Column({ name: 'product_spec', type: 'varchar', length: 100, nullable: true })
  productSpec: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Production date of the product (生产日期)' })
  @Column({ name: 'production_date', type: 'varchar', length: 10, nullable: true })
  productionDate: string | null;

  @Field(() => String, { nullable: true, description: 'Batch number of the product (批号)' })
  @Column({ name: 'batch_number', type: 'varchar', length: 100, nullable: true })
  batchNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the product was used (使用日期)' })
  @Column({ name: 'used_at', type: 'varchar', length: 10, nullable: true })
  usedAt: string | null;

  @Field(() => ComplaintStatusEnum, { description: 'Step of the handling workflow (处理状态)' })
  @Column({ type: 'varchar', length: 20 })
  status: ComplaintStatus;

  @Field(() => ComplaintPriorityEnum, { description: 'Priority (优先级), raised by repeated urges' })
  @Column({ type: 'varchar', length: 10, default: 'NORMAL' })
  priority: ComplaintPriority;

  @Field(() => Int, { description: 'Times it was urged (催单)' })
  @Column({ name: 'urge_count', type: 'int', default: 0 })
  urgeCount: number;

  @Field(() => Date, { nullable: true, description: 'When the customer last urged (催单); null if never' })
  @Column({ name: 'last_urged_at', type: 'datetime', precision: 3, nullable: true })
  lastUrgedAt: Date | null;

  @Field(() => [DepartmentEnum], { description: 'Responsible departments, set by the assessment' })
  @Column({ type: 'simple-json' })
  departments: Department[];

  @Field(() => String, { nullable: true, description: "The assessment's note; for an invalid complaint, the explanation given" })
  @Column({ name: 'assessment_note', type: 'text', nullable: true })
  assessmentNote: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the proposal under decision or approved; null before one is proposed' })
  @Column({ name: 'current_proposal_id', type: 'varchar', length: 36, nullable: true })
  currentProposalId: string | null;

  /** When the time limit started: registration, or the last reopening. */
  @Column({ name: 'sla_start_at', type: 'datetime', precision: 3 })
  slaStartAt: Date;

  /** Counts reopenings, so each round of escalations is recorded once (unique per cycle and level). */
  @Column({ name: 'sla_cycle', type: 'int', default: 0 })
  slaCycle: number;

  @Field(() => Date, { description: 'Time limit (限时办结) in business time, from the category, severity and customer tier' })
  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  dueAt: Date;

  @Field(() => EscalationLevelEnum, { description: 'How far it went up: NONE, SHIFT_LEADER, DEPT_MANAGER' })
  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Field(() => Date, { nullable: true, description: 'When it was last escalated (升级); null if never' })
  @Column({ name: 'escalated_at', type: 'datetime', precision: 3, nullable: true })
  escalatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when CLOSED or REJECTED; null while open' })
  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;
}
