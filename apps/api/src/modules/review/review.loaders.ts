import DataLoader from 'dataloader';
import type { ReviewedEntity } from '@sanxin/domain';
import { In } from 'typeorm';
import { defineLoaders } from '../../graphql/loaders';
import { PendingChange } from './pending-change.entity';
import { openKeyOf } from './review-hold';

export const reviewLoaders = defineLoaders(({ dataSource }) => {
  /** The open (PENDING) change of each record of a page, by its unique open key: one statement per page. */
  const openByKey = new DataLoader<string, PendingChange | null>(async (keys) => {
    const rows = await dataSource.getRepository(PendingChange).find({ where: { openKey: In([...keys]) } });
    return keys.map((key) => rows.find((row) => row.openKey === key) ?? null);
  });
  return {
    openByKey,
    openChangeOf: (entity: ReviewedEntity, recordId: string) => openByKey.load(openKeyOf(entity, recordId)),
  };
});
