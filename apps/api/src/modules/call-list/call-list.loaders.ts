import { type CallListCountRow, type CallListProgress, callListProgress, type FollowUpStatus } from '@sanxin/domain';
import DataLoader from 'dataloader';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { FollowUp } from '../follow-up';
import { CallList } from './call-list.entity';

/** `CALL!_LIST:<id>:%`: the trigger keys of one list, a range of the unique index (the `_` escaped). */
const keyPrefix = (listId: string) => `CALL!_LIST:${listId}:%`;

export const callListLoaders = defineLoaders(({ dataSource }) => ({
  callListById: byIdLoader(dataSource, CallList),
  /** The follow-ups of a page's lists counted by list, agent and status: one grouped query, read through the trigger-key index. */
  progressByList: new DataLoader<CallList, CallListProgress, string>(
    async (lists) => {
      const query = dataSource.getRepository(FollowUp).createQueryBuilder('fu').select('fu.sourceId', 'listId').addSelect('fu.assigneeId', 'agentId').addSelect('fu.status', 'status').addSelect('COUNT(*)', 'count');
      query.where(lists.map((_, index) => `fu.triggerKey LIKE :key${index} ESCAPE '!'`).join(' OR '), Object.fromEntries(lists.map((list, index) => [`key${index}`, keyPrefix(list.id)])));
      const rows = await query.groupBy('fu.sourceId').addGroupBy('fu.assigneeId').addGroupBy('fu.status').getRawMany<{ listId: string; agentId: string; status: FollowUpStatus; count: string | number }>();
      return lists.map((list) => {
        const own: CallListCountRow[] = rows.filter((row) => row.listId === list.id).map((row) => ({ agentId: row.agentId, status: row.status, count: Number(row.count) }));
        return callListProgress(own, list.agentIds);
      });
    },
    { cacheKeyFn: (list) => list.id },
  ),
}));
