import { receiptProgress } from '@sanxin/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NoticeReceipt } from './notice-receipt.entity';

/** 签收情况: who of the people expected to read a notice has, and who not yet. */
@ObjectType({ description: '签收情况: how many of the people who should read a notice have, and who has not yet' })
export class NoticeReceiptProgress {
  @Field(() => Int, { description: 'Active staff expected to read it (agents, leaders, inspectors, managers, the director)' })
  expected: number;

  @Field(() => Int, { description: 'Of them, how many have read it' })
  read: number;

  @Field(() => Float, { description: 'read / expected in percent, one decimal (100 when nobody is expected)' })
  percent: number;

  @Field(() => [NoticeReceipt], { description: 'Every receipt, first read first (also of people not expected, such as the administrator)' })
  receipts: NoticeReceipt[];

  /** Ids of the expected readers without a receipt; the resolver answers them as staff. */
  notYetIds: string[];
}

export function progressOf(audienceIds: readonly string[], receipts: NoticeReceipt[]): NoticeReceiptProgress {
  const readers = new Set(receipts.map((receipt) => receipt.staffId));
  return Object.assign(new NoticeReceiptProgress(), {
    ...receiptProgress(audienceIds, [...readers]),
    receipts,
    notYetIds: audienceIds.filter((id) => !readers.has(id)),
  });
}
