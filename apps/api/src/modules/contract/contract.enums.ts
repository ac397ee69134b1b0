import { CONTRACT_STATUSES, CONTRACT_STEPS, CONTRACT_STORED_STATUSES, DEPARTMENTS, PART_REPLACEMENT_STATUSES, PART_REPLACEMENT_STEPS, stepNames } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

/** One value per step mutation (the domain's CONTRACT_STEPS). */
export const ContractActionEnum = graphqlEnum(stepNames(CONTRACT_STEPS), 'ContractAction', 'A step of a contract: each value is one mutation', {
  ACTIVATE: 'Activate (生效): activateContract',
  TERMINATE: 'Terminate (终止): terminateContract',
  RENEW: 'Renew (续签): renewContract',
});
export const ContractStatusEnum = graphqlEnum(CONTRACT_STATUSES, 'ContractStatus', 'Effective status: EXPIRING and EXPIRED are derived from the end date at read time', 'contractStatus');
export const ContractStoredStatusEnum = graphqlEnum(CONTRACT_STORED_STATUSES, 'ContractStoredStatus', 'The status as decided and stored', 'contractStatus');
export const PartReplacementStatusEnum = graphqlEnum(PART_REPLACEMENT_STATUSES, 'PartReplacementStatus', 'Status of a paid part replacement (有偿换件)', 'partReplacementStatus');
/** One value per step mutation (the domain's PART_REPLACEMENT_STEPS). */
export const PartReplacementActionEnum = graphqlEnum(stepNames(PART_REPLACEMENT_STEPS), 'PartReplacementAction', 'A step of a part replacement: each value is one mutation', {
  FORWARD: 'Forward to a department (转交部门): forwardPartReplacement',
  QUOTE: 'Quote the price (报价): quotePartReplacement',
  RECORD_DECISION: "Record the customer's answer to the quote (客户确认): recordPartReplacementDecision",
  COMPLETE: 'Complete (完成换件): completePartReplacement',
});
export const DepartmentEnum = graphqlEnum(DEPARTMENTS, 'Department', 'Responsible department (责任部门)', 'department');
