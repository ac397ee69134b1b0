import type { ComplaintChannel, ComplaintSeverity, ComplaintStatus, CustomerEmotion, Department, ResolutionType } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { renamedFilter } from '../../graphql/filter-vocabulary';
import { SortInputType } from '../../graphql/pagination';
import { DepartmentEnum } from '../contract';
import { ComplaintChannelEnum, ComplaintSeverityEnum, ComplaintStatusEnum, CustomerEmotionEnum, EscalationLevelEnum, ResolutionTypeEnum } from './complaint.enums';

/** 投诉登记表: the fields the domain requires (validateComplaintRegistration) are non-null, so client types catch a missing one. */
@InputType({ description: "A new complaint's values" })
export class CreateComplaintInput {
  @Field(() => ID, { description: 'Id of the customer' })
  customerId: string;

  @Field(() => ID, { nullable: true, description: "Id of the customer's contact who complained, if recorded" })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the contract it concerns, if any' })
  contractId?: string | null;

  @Field(() => ComplaintChannelEnum, { description: 'How the complaint came in (投诉渠道)' })
  channel: ComplaintChannel;

  @Field(() => Date, { nullable: true, description: 'default: now' })
  receivedAt?: Date | null;

  @Field(() => ID, { description: 'Id of the category' })
  categoryId: string;

  @Field(() => ComplaintSeverityEnum, { description: 'Severity (严重程度)' })
  severity: ComplaintSeverity;

  @Field(() => CustomerEmotionEnum, { description: "The customer's emotion when registering (客户情绪)" })
  emotion: CustomerEmotion;

  @Field(() => String, { description: 'What happened, as the customer told it (投诉内容)' })
  description: string;

  @Field(() => String, { description: 'What the customer wants' })
  customerRequest: string;

  @Field(() => String, { nullable: true, description: 'Product name (产品名称)' })
  productName?: string | null;

  @Field(() => String, { nullable: true, description: 'Product specification (规格型号)' })
  productSpec?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Production date of the product (生产日期)' })
  productionDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Batch number of the product (批号)' })
  batchNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the product was used (使用日期)' })
  usedAt?: string | null;
}

@InputType({ description: 'The judgement whether a complaint is valid (投诉是否成立), and what follows' })
export class AssessComplaintInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether the complaint is valid (成立)' })
  valid?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when invalid: the explanation given to the customer' })
  explanation?: string | null;

  @Field(() => [DepartmentEnum], { nullable: true, description: 'Required when valid' })
  departments?: Department[] | null;
}

@InputType({ description: "A resolution with its amount and the answers to DOMAIN §5's compensation questions" })
export class ProposeResolutionInput {
  @Field(() => ResolutionTypeEnum, { nullable: true, description: 'Kind of resolution (处理方式)' })
  type?: ResolutionType | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount in yuan, ≥ 0 (金额)' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'What is proposed, in words (处理方案)' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: '客户关系: long-term? likely to buy again?' })
  relationship?: string | null;

  @Field(() => String, { nullable: true, description: '口碑影响: what the customer may say to others' })
  wordOfMouth?: string | null;

  @Field(() => String, { nullable: true, description: "诉求合理性: how reasonable the customer's demand is" })
  reasonableness?: string | null;

  @Field(() => Int, { nullable: true, description: "公司责任比例: the company's share of the fault, percent" })
  companyFaultPercent?: number | null;
}

@InputType({ description: 'Which complaints a list returns: every field given must match' })
export class ComplaintFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the description or of what the customer wants' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [ComplaintStatusEnum], { nullable: true, description: 'Only complaints in one of these statuses' })
  status?: ComplaintStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only complaints of this category' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only complaints this agent handles' })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only complaints of this customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only complaints whose handler (承办人) is in this team now: a team report's figures count them so" })
  teamId?: string | null;

  @Field(() => [ComplaintSeverityEnum], { nullable: true, description: 'Only complaints of one of these severities' })
  severity?: ComplaintSeverity[] | null;

  @Field(() => [ComplaintChannelEnum], { nullable: true, description: 'Only complaints that came in by one of these channels' })
  channel?: ComplaintChannel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open and past the time limit (sorted most overdue first unless sorted otherwise)' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open complaints only; false: closed ones only' })
  open?: boolean | null;

  @Field(() => EscalationLevelEnum, { nullable: true, description: 'Escalated at least to this level' })
  escalated?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the complaints the viewer owns (承办人)' })
  mine?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Received at or after this instant (receivedAt)' })
  receivedAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Received before this instant (receivedAt; the range is half-open)' })
  receivedAtTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Closed at or after this instant (closedAt)' })
  closedAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Closed before this instant (closedAt; the range is half-open)' })
  closedAtTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Received at or after this instant', deprecationReason: renamedFilter('receivedAtFrom') })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Received before this instant', deprecationReason: renamedFilter('receivedAtTo') })
  receivedTo?: Date | null;
}

export const COMPLAINT_SORT_FIELDS = ['RECEIVED_AT', 'DUE_AT', 'UPDATED_AT'] as const;
export type ComplaintSortField = (typeof COMPLAINT_SORT_FIELDS)[number];
export const ComplaintSort = SortInputType('Complaint', COMPLAINT_SORT_FIELDS);
export type ComplaintSort = InstanceType<typeof ComplaintSort>;

@InputType({ description: "A new complaint category's values" })
export class CreateComplaintCategoryInput {
  @Field(() => String, { description: 'Stable key, e.g. QUALITY' })
  code: string;

  @Field(() => String, { description: 'Chinese name (类别名称)' })
  nameZh: string;

  @Field(() => String, { description: 'English name' })
  nameEn: string;

  @Field(() => Int, { nullable: true, description: 'A stricter time limit in business hours for this category (e.g. safety)' })
  dueHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Position in pick lists, smallest first' })
  sortOrder?: number | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateComplaintCategoryInput {
  @Field(() => String, { nullable: true, description: 'Chinese name (类别名称)' })
  nameZh?: string;

  @Field(() => String, { nullable: true, description: 'English name' })
  nameEn?: string;

  @Field(() => Int, { nullable: true, description: 'A stricter time limit in business hours for this category (e.g. safety)' })
  dueHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Position in pick lists, smallest first' })
  sortOrder?: number;

  @Field(() => Boolean, { nullable: true, description: 'Retired categories stay on old complaints but take no new ones' })
  active?: boolean;
}

@InputType({ description: 'Which complaint categories a list returns: every field given must match' })
export class ComplaintCategoryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or retired (false) categories' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Substring of the code or of the Chinese or English name' })
  @MaxLength(100)
  q?: string | null;
}

export const COMPLAINT_CATEGORY_SORT_FIELDS = ['SORT_ORDER'] as const;
export const ComplaintCategorySort = SortInputType('ComplaintCategory', COMPLAINT_CATEGORY_SORT_FIELDS);
export type ComplaintCategorySort = InstanceType<typeof ComplaintCategorySort>;

@InputType({ description: '上交: why the owner hands the complaint up to the shift leader' })
export class ReferComplaintInput {
  @Field(() => String, { description: "Required, at most 1000 characters: a difficult customer, a demand beyond the agent's authority, …" })
  reason: string;
}

@InputType({ description: '转交: who takes the complaint over, and why' })
export class ReassignComplaintInput {
  @Field(() => ID, { description: 'An active agent or shift leader other than the current owner' })
  handlerId: string;

  @Field(() => String, { description: 'Required, at most 1000 characters; e.g. "call back tomorrow by another agent"' })
  reason: string;
}

@InputType({ description: "审批: the approver's choice among the proposals waiting" })
export class ApproveResolutionInput {
  @Field(() => ID, { nullable: true, description: 'The proposal approved; may be left out when only one waits' })
  proposalId?: string | null;

  @Field(() => String, { nullable: true, description: "The approver's note with the approval" })
  note?: string | null;
}

@InputType({ description: 'Why the proposals go back to the agent (退回方案)' })
export class ReturnResolutionInput {
  @Field(() => String, { description: 'What to change' })
  note: string;
}

@InputType({ description: "The customer's answer to the approved resolution (客户是否接受方案)" })
export class CustomerDecisionInput {
  @Field(() => Boolean, { description: 'Whether the customer accepts the approved resolution' })
  accepted: boolean;

  @Field(() => String, { nullable: true, description: 'What the customer said (required when they do not accept)' })
  note?: string | null;
}

@InputType({ description: 'Starting the implementation (开始实施)' })
export class StartImplementationInput {
  @Field(() => String, { nullable: true, description: 'A note for the departments' })
  note?: string | null;
}

@InputType({ description: "One department's implementation task done (实施完成)" })
export class CompleteImplementationTaskInput {
  @Field(() => ID, { description: "The department's task (ComplaintTask.id)" })
  taskId: string;

  @Field(() => String, { nullable: true, description: 'What the department did' })
  note?: string | null;
}

@InputType({ description: 'The follow-up call (回访)' })
export class ComplaintFollowUpInput {
  @Field(() => Boolean, { description: 'Whether the customer is satisfied; not satisfied reopens the handling' })
  satisfied: boolean;

  @Field(() => String, { description: 'What the customer said at the follow-up (回访记录)' })
  note: string;
}

@InputType({ description: 'Closing the complaint (办结)' })
export class CloseComplaintInput {
  @Field(() => String, { nullable: true, description: 'A closing note' })
  note?: string | null;
}

@InputType({ description: 'Reopening the complaint (重新打开)' })
export class ReopenComplaintInput {
  @Field(() => String, { description: 'Why the handling starts again' })
  reason: string;
}

@InputType({ description: '催单: the customer urging' })
export class UrgeComplaintInput {
  @Field(() => String, { nullable: true, description: 'What the customer said when urging' })
  note?: string | null;
}

@InputType({ description: "The escalated-to leader's handling opinion (处理意见)" })
export class HandlingOpinionInput {
  @Field(() => String, { description: "The leader's handling opinion (处理意见)" })
  opinion: string;
}
