import type { ContractStatus } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { SortInputType } from '../../graphql/pagination';
import { ContractStatusEnum } from './contract.enums';

@InputType()
export class CreateContractInput {
  @Field(() => String)
  number: string;

  @Field(() => String)
  title: string;

  @Field(() => ID)
  customerId: string;

  @Field(() => String, { nullable: true })
  scope?: string | null;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
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
  @Field(() => String, { nullable: true })
  number?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => ID, { nullable: true })
  customerId?: string;

  @Field(() => String, { nullable: true })
  scope?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  warrantyEndDate?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;

  @Field(() => Boolean, { nullable: true })
  confidential?: boolean;

  @Field(() => String, { nullable: true })
  confidentialityText?: string | null;
}

@InputType({ description: 'The new term; the successor starts as a DRAFT with the same customer, title, scope and owner' })
export class RenewContractInput {
  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'default: the current amount' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'default: the current number with -R1, -R2, ...' })
  number?: string | null;
}

@InputType()
export class ContractFilter {
  @Field(() => String, { nullable: true, description: 'Number or title fragment' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => [ContractStatusEnum], { nullable: true, description: 'Effective statuses, EXPIRING and EXPIRED included' })
  status?: ContractStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Running contracts whose end date is within the next N days, today included' })
  expiringWithinDays?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'end date on or after' })
  endFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'end date on or before' })
  endTo?: string | null;
}

export const CONTRACT_SORT_FIELDS = ['NUMBER', 'END_DATE', 'START_DATE', 'AMOUNT', 'UPDATED_AT', 'CREATED_AT'] as const;
export type ContractSortField = (typeof CONTRACT_SORT_FIELDS)[number];
export const ContractSort = SortInputType('Contract', CONTRACT_SORT_FIELDS);
export type ContractSort = InstanceType<typeof ContractSort>;
