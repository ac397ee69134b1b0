import type { ContractStatus } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { renamedFilter } from '../../graphql/filter-vocabulary';
import { SortInputType } from '../../graphql/pagination';
import { ContractStatusEnum } from './contract.enums';

@InputType({ description: "A new contract's values" })
export class CreateContractInput {
  @Field(() => String, { description: 'Contract number, unique' })
  number: string;

  @Field(() => String, { description: 'Title (合同名称)' })
  title: string;

  @Field(() => ID, { description: 'Id of the customer' })
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Service scope' })
  scope?: string | null;

  @Field(() => LocalDateScalar, { description: 'First day of service (inclusive)' })
  startDate: string;

  @Field(() => LocalDateScalar, { description: 'Last day of service (inclusive)' })
  endDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the warranty (保修期), if any' })
  warrantyEndDate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'CNY, at most 2 decimals' })
  amount?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'default false' })
  confidential?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when confidential' })
  confidentialityText?: string | null;

  @Field(() => ID, { nullable: true, description: 'default: the creator; another owner only for those who may assign owners' })
  ownerId?: string | null;
}

@InputType({ description: 'Only the fields given change; the owner changes through assignContractOwner' })
export class UpdateContractInput {
  @Field(() => String, { nullable: true, description: 'Contract number, unique' })
  number?: string;

  @Field(() => String, { nullable: true, description: 'Title (合同名称)' })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the customer' })
  customerId?: string;

  @Field(() => String, { nullable: true, description: 'Service scope' })
  scope?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of service (inclusive)' })
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of service (inclusive)' })
  endDate?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the warranty (保修期), if any' })
  warrantyEndDate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Contract amount in yuan (合同金额)' })
  amount?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Under a confidentiality clause (保密约束条款)' })
  confidential?: boolean;

  @Field(() => String, { nullable: true, description: "The confidentiality clause's text" })
  confidentialityText?: string | null;
}

@InputType({ description: 'Ending a contract early (终止)' })
export class TerminateContractInput {
  @Field(() => String, { description: 'Why the contract ends early (终止原因)' })
  reason: string;
}

@InputType({ description: 'The new term; the successor starts as a DRAFT with the same customer, title, scope and owner' })
export class RenewContractInput {
  @Field(() => LocalDateScalar, { description: 'First day of service (inclusive)' })
  startDate: string;

  @Field(() => LocalDateScalar, { description: 'Last day of service (inclusive)' })
  endDate: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'default: the current amount' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'default: the current number with -R1, -R2, ...' })
  number?: string | null;
}

@InputType({ description: 'Which contracts a list returns: every field given must match' })
export class ContractFilter {
  @Field(() => String, { nullable: true, description: 'Number or title fragment' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only contracts of this customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only contracts this agent owns' })
  ownerId?: string | null;

  @Field(() => [ContractStatusEnum], { nullable: true, description: 'Effective statuses, EXPIRING and EXPIRED included' })
  status?: ContractStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Running contracts whose end date is within the next N days, today included' })
  expiringWithinDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the contracts the viewer owns (负责人)' })
  mine?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of service (endDate) on or after this day' })
  endDateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of service (endDate) on or before this day (the range includes both days)' })
  endDateTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'end date on or after', deprecationReason: renamedFilter('endDateFrom') })
  endFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'end date on or before', deprecationReason: renamedFilter('endDateTo') })
  endTo?: string | null;
}

export const CONTRACT_SORT_FIELDS = ['NUMBER', 'END_DATE', 'START_DATE', 'AMOUNT', 'UPDATED_AT', 'CREATED_AT'] as const;
export type ContractSortField = (typeof CONTRACT_SORT_FIELDS)[number];
export const ContractSort = SortInputType('Contract', CONTRACT_SORT_FIELDS);
export type ContractSort = InstanceType<typeof ContractSort>;
