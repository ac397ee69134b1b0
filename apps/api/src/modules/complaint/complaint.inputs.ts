import type { ComplaintChannel, ComplaintSeverity, ComplaintStatus, CustomerEmotion, Department, ResolutionType } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { SortInputType } from '../../graphql/pagination';
import { DepartmentEnum } from '../contract';
import { ComplaintChannelEnum, ComplaintSeverityEnum, ComplaintStatusEnum, CustomerEmotionEnum, ResolutionTypeEnum } from './complaint.enums';

/** 投诉登记表. Required fields are nullable here so that a missing one answers BAD_USER_INPUT naming it. */
@InputType()
export class CreateComplaintInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  contractId?: string | null;

  @Field(() => ComplaintChannelEnum, { nullable: true })
  channel?: ComplaintChannel | null;

  @Field(() => Date, { nullable: true, description: 'default: now' })
  receivedAt?: Date | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ComplaintSeverityEnum, { nullable: true })
  severity?: ComplaintSeverity | null;

  @Field(() => CustomerEmotionEnum, { nullable: true })
  emotion?: CustomerEmotion | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What the customer wants' })
  customerRequest?: string | null;

  @Field(() => String, { nullable: true })
  productName?: string | null;

  @Field(() => String, { nullable: true })
  productSpec?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  productionDate?: string | null;

  @Field(() => String, { nullable: true })
  batchNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  usedAt?: string | null;
}

@InputType()
export class AssessComplaintInput {
  @Field(() => Boolean, { nullable: true })
  valid?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when invalid: the explanation given to the customer' })
  explanation?: string | null;

  @Field(() => [DepartmentEnum], { nullable: true, description: 'Required when valid' })
  departments?: Department[] | null;
}

@InputType({ description: "A resolution with its amount and the answers to DOMAIN §5's compensation questions" })
export class ProposeResolutionInput {
  @Field(() => ResolutionTypeEnum, { nullable: true })
  type?: ResolutionType | null;

  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  relationship?: string | null;

  @Field(() => String, { nullable: true })
  wordOfMouth?: string | null;

  @Field(() => String, { nullable: true })
  reasonableness?: string | null;

  @Field(() => Int, { nullable: true })
  companyFaultPercent?: number | null;
}

@InputType()
export class ComplaintFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the description or of what the customer wants' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => [ComplaintStatusEnum], { nullable: true })
  status?: ComplaintStatus[] | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open and past the time limit (sorted most overdue first unless sorted otherwise)' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open complaints only; false: closed ones only' })
  open?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Escalated at least to this level (1 shift leader, 2 manager)' })
  escalated?: number | null;

  @Field(() => Boolean, { nullable: true, description: "The viewer's own complaints" })
  mine?: boolean | null;

  @Field(() => Date, { nullable: true })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  receivedTo?: Date | null;
}

export const COMPLAINT_SORT_FIELDS = ['RECEIVED_AT', 'DUE_AT', 'UPDATED_AT'] as const;
export type ComplaintSortField = (typeof COMPLAINT_SORT_FIELDS)[number];
export const ComplaintSort = SortInputType('Complaint', COMPLAINT_SORT_FIELDS);
export type ComplaintSort = InstanceType<typeof ComplaintSort>;

@InputType()
export class CreateComplaintCategoryInput {
  @Field(() => String)
  code: string;

  @Field(() => String)
  nameZh: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => Int, { nullable: true })
  dueHours?: number | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateComplaintCategoryInput {
  @Field(() => String, { nullable: true })
  nameZh?: string;

  @Field(() => String, { nullable: true })
  nameEn?: string;

  @Field(() => Int, { nullable: true })
  dueHours?: number | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType()
export class ComplaintCategoryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

export const COMPLAINT_CATEGORY_SORT_FIELDS = ['SORT_ORDER'] as const;
export const ComplaintCategorySort = SortInputType('ComplaintCategory', COMPLAINT_CATEGORY_SORT_FIELDS);
export type ComplaintCategorySort = InstanceType<typeof ComplaintCategorySort>;

@InputType({ description: '上交: why the owner hands the complaint up to the shift leader' })
export class ReferComplaintInput {
  @Field(() => String, { description: 'Required, at most 1000 characters: a difficult customer, a demand beyond the agent\'s authority, …' })
  reason: string;
}

@InputType({ description: '转交: who takes the complaint over, and why' })
export class ReassignComplaintInput {
  @Field(() => ID, { description: 'An active agent or shift leader other than the current owner' })
  handlerId: string;

  @Field(() => String, { description: 'Required, at most 1000 characters; e.g. "call back tomorrow by another agent"' })
  reason: string;
}
