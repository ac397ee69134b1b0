import DataLoader from 'dataloader';
import { NOTICE_AUDIENCE_ROLES } from '@sanxin/domain';
import { In } from 'typeorm';
import { defineLoaders } from '../../graphql/loaders';
import { Staff } from '../staff';
import { NoticeReceipt } from './notice-receipt.entity';

/** A viewer's receipt of a notice: `${staffId}|${noticeId}`. */
export const receiptKey = (staffId: string, noticeId: string) => `${staffId}|${noticeId}`;

export const noticeLoaders = defineLoaders(({ dataSource }) => {
  let audience: Promise<string[]> | undefined;
  return {
    /** Every receipt of a page's notices, first read first, in one query. */
    receiptsByNoticeId: new DataLoader<string, NoticeReceipt[]>(async (ids) => {
      const rows = await dataSource.getRepository(NoticeReceipt).find({ where: { noticeId: In([...ids]) }, order: { readAt: 'ASC', staffId: 'ASC' } });
      return ids.map((id) => rows.filter((row) => row.noticeId === id));
    }),
    /** The viewer's own receipts of a page's notices, in one query (the viewer is in the key: loaders do not know them). */
    receiptOf: new DataLoader<string, NoticeReceipt | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const rows = await dataSource
        .getRepository(NoticeReceipt)
        .find({ where: { staffId: In([...new Set(pairs.map(([staffId]) => staffId))]), noticeId: In(pairs.map(([, noticeId]) => noticeId)) } });
      return pairs.map(([staffId, noticeId]) => rows.find((row) => row.staffId === staffId && row.noticeId === noticeId) ?? null);
    }),
    /** Who should read a published notice: the active staff of the audience roles, once per request. */
    audienceIds: (): Promise<string[]> => {
      audience ??= dataSource
        .getRepository(Staff)
        .find({ select: { id: true }, where: { active: true, role: In([...NOTICE_AUDIENCE_ROLES]) }, order: { id: 'ASC' } })
        .then((rows) => rows.map((row) => row.id));
      return audience;
    },
  };
});
