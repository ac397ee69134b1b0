import { PENDING_CHANGE_ACTIONS, PENDING_CHANGE_STATUSES, REVIEW_ERROR_REASONS, REVIEW_PERIODS, REVIEWABLE_FIELDS, REVIEWED_ENTITIES } from '@sanxin/domain';
import { graphqlEnum, graphqlScreamingEnum } from '../../graphql/enums';

export const PendingChangeStatusEnum = graphqlEnum(PENDING_CHANGE_STATUSES, 'PendingChangeStatus', '复核 status of a held change', 'pendingChangeStatus');
export const PendingChangeActionEnum = graphqlEnum(PENDING_CHANGE_ACTIONS, 'PendingChangeAction', 'A step of a held change: each value is a mutation (APPROVE → approvePendingChange)', 'pendingChangeAction');
export const ReviewErrorReasonEnum = graphqlEnum(REVIEW_ERROR_REASONS, 'ReviewErrorReason', 'Why a reviewer rejected a change (差错原因); the settings review.reason.* say which are offered', 'reviewErrorReason');
export const ReviewPeriodEnum = graphqlEnum(REVIEW_PERIODS, 'ReviewPeriod', 'How review statistics are grouped: per day or per month', 'reviewPeriod');
export const ReviewedEntityEnum = graphqlScreamingEnum(REVIEWED_ENTITIES, 'ReviewedEntity', 'The kind of record a held change belongs to', 'reviewedEntity');

const FIELDS = [...new Set(Object.values(REVIEWABLE_FIELDS).flat())] as string[];
const FIELD_LABELS: Record<string, string> = {
  tier: 'Tier (分级)',
  phone: 'Phone (电话)',
  name: 'Name (名称)',
  lifecycle: 'Lifecycle (生命周期)',
  email: 'E-mail (邮箱)',
  address: 'Address (地址)',
  ownerId: 'Owner (负责人)',
  amount: 'Contract amount (合同金额)',
  startDate: 'Start date (开始日期)',
  endDate: 'End date (结束日期)',
  warrantyEndDate: 'Warranty end (保修期截止)',
  customerId: "The contract's customer (所属客户)",
  number: 'Contract number (合同编号)',
};
export const ReviewFieldEnum = graphqlScreamingEnum(FIELDS, 'ReviewField', 'A field that can be held for review (its record says which)', FIELD_LABELS);
