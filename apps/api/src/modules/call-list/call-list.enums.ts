import { CALL_LIST_STATUSES } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const CallListStatusEnum = graphqlEnum(CALL_LIST_STATUSES, 'CallListStatus', '外呼任务状态: DRAFT until launched into follow-ups', 'callListStatus');
