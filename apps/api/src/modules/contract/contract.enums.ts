import { CONTRACT_STATUSES, CONTRACT_STORED_STATUSES, DEPARTMENTS, PART_REPLACEMENT_STATUSES } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const ContractStatusEnum = graphqlEnum(CONTRACT_STATUSES, 'ContractStatus', 'Effective status: EXPIRING and EXPIRED are derived from the end date at read time', 'contractStatus');
export const ContractStoredStatusEnum = graphqlEnum(CONTRACT_STORED_STATUSES, 'ContractStoredStatus', 'The status as decided and stored', 'contractStatus');
export const PartReplacementStatusEnum = graphqlEnum(PART_REPLACEMENT_STATUSES, 'PartReplacementStatus', 'Status of a paid part replacement (有偿换件)', 'partReplacementStatus');
export const DepartmentEnum = graphqlEnum(DEPARTMENTS, 'Department', 'Responsible department (责任部门)', 'department');
