import type { AttachmentOwnerType } from '@sanxin/domain';
import DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import { defineLoaders } from '../../graphql/loaders';
import { groupBy } from '../../shared/group-by';
import { Attachment } from './attachment.entity';

const keyOf = (type: AttachmentOwnerType, id: string) => `${type}:${id}`;

export const attachmentLoaders = defineLoaders(({ dataSource }) => ({
  /** The files of many records in one query per kind of record (a page of complaints: one query). */
  attachmentsByOwner: new DataLoader<{ type: AttachmentOwnerType; id: string }, Attachment[], string>(
    async (owners) => {
      const byType = groupBy([...owners], (owner) => owner.type) as Map<AttachmentOwnerType, Array<{ type: AttachmentOwnerType; id: string }>>;
      const rows = (
        await Promise.all(
          [...byType].map(([type, ofType]) =>
            dataSource.getRepository(Attachment).find({
              where: { ownerType: type, ownerId: In(ofType.map((owner) => owner.id)), archivedAt: IsNull() },
              order: { createdAt: 'ASC', id: 'ASC' },
            }),
          ),
        )
      ).flat();
      const byOwner = groupBy(rows, (row) => keyOf(row.ownerType, row.ownerId));
      return owners.map((owner) => byOwner.get(keyOf(owner.type, owner.id)) ?? []);
    },
    { cacheKeyFn: (owner) => keyOf(owner.type, owner.id) },
  ),
}));
