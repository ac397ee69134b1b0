import { IMPORT_JOB_ACTIONS, IMPORT_JOB_STATUSES, IMPORT_KINDS, IMPORT_ROW_STATUSES } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const ImportKindEnum = graphqlEnum(IMPORT_KINDS, 'ImportKind', 'What an import file holds', 'importKind');
export const ImportJobStatusEnum = graphqlEnum(IMPORT_JOB_STATUSES, 'ImportJobStatus', 'Where an import job stands', 'importJobStatus');
export const ImportRowStatusEnum = graphqlEnum(IMPORT_ROW_STATUSES, 'ImportRowStatus', 'What became of a row of an import file', 'importRowStatus');
export const ImportJobActionEnum = graphqlEnum(IMPORT_JOB_ACTIONS, 'ImportJobAction', 'The steps of an import job (runImport, cancelImport)', 'importJobAction');
