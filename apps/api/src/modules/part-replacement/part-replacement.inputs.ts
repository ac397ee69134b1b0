import { MaxLength } from 'class-validator';
import type { Department, PartReplacementStatus } from '@sanxin/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { SortInputType } from '../../graphql/pagination';
import { DepartmentEnum, PartReplacementStatusEnum } from '../contract';

@InputType({ description: "A new part replacement's values" })
export class CreatePartReplacementInput {
  @Field(() => ID, { description: 'Id of the customer' })
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'Required when insideContract' })
  contractId?: string | null;

  @Field(() => String, { description: 'The part (配件名称)' })
  partName: string;

  @Field(() => Int, { description: 'How many' })
  quantity: number;

  @Field(() => Boolean, { nullable: true, description: 'default false' })
  insideContract?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'default false; the price is then 0' })
  warrantyCovered?: boolean | null;

  @Field(() => DepartmentEnum, { nullable: true, description: 'For a paid replacement, a business department (setting contract.paidDept.*); RULE_VIOLATION notBusinessDepartment otherwise' })
  department?: Department | null;

  @Field(() => String, { nullable: true, description: 'What is wrong and what is needed' })
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "整机保修截止日 from the machine's warranty card; with warrantyCovered, the request day must fall within it or the contract's warranty (RULE_VIOLATION warrantyExpired)" })
  machineWarrantyEndDate?: string | null;
}

@InputType({ description: 'Only the fields given change; price and status change through the steps' })
export class UpdatePartReplacementInput {
  @Field(() => ID, { nullable: true, description: 'Id of the contract' })
  contractId?: string | null;

  @Field(() => String, { nullable: true, description: 'The part (配件名称)' })
  partName?: string;

  @Field(() => Int, { nullable: true, description: 'How many' })
  quantity?: number;

  @Field(() => Boolean, { nullable: true, description: "Within a contract's scope (合同内)" })
  insideContract?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Checked against the contract's and the machine's warranty on the day it was requested (RULE_VIOLATION warrantyExpired)" })
  warrantyCovered?: boolean;

  @Field(() => String, { nullable: true, description: 'What is wrong and what is needed' })
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "整机保修截止日 from the machine's warranty card; null clears it" })
  machineWarrantyEndDate?: string | null;
}

@InputType({ description: 'Which part replacements a list returns: every field given must match' })
export class PartReplacementFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those under this contract' })
  contractId?: string | null;

  @Field(() => [PartReplacementStatusEnum], { nullable: true, description: 'Only those in one of these statuses' })
  status?: PartReplacementStatus[] | null;

  @Field(() => [DepartmentEnum], { nullable: true, description: 'Only those forwarded to one of these departments' })
  department?: Department[] | null;

  @Field(() => String, { nullable: true, description: 'Substring of the part name (配件名称) or the description' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the requests the viewer filed (申请人)' })
  mine?: boolean | null;
}

export const PART_REPLACEMENT_SORT_FIELDS = ['UPDATED_AT', 'CREATED_AT'] as const;
export type PartReplacementSortField = (typeof PART_REPLACEMENT_SORT_FIELDS)[number];
export const PartReplacementSort = SortInputType('PartReplacement', PART_REPLACEMENT_SORT_FIELDS);
export type PartReplacementSort = InstanceType<typeof PartReplacementSort>;

@InputType({ description: 'Forwarding to the responsible department (转交部门)' })
export class ForwardPartReplacementInput {
  @Field(() => DepartmentEnum, { description: 'The department that quotes and carries it out' })
  department: Department;
}

@InputType({ description: "The department's quote (报价)" })
export class QuotePartReplacementInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Price of one part in yuan (单价), a decimal; a warranty replacement costs 0' })
  unitPrice?: string | null;
}

@InputType({ description: "The customer's answer to the quote (客户确认)" })
export class PartReplacementDecisionInput {
  @Field(() => Boolean, { description: 'Whether the customer accepts the quote' })
  accepted: boolean;

  @Field(() => String, { nullable: true, description: 'What the customer said' })
  note?: string | null;
}
