import type { AttachmentOwnerType } from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import type { Viewer } from '../../shared/viewer';
import { Complaint } from '../complaint';
import { Contract, customerOwnerOf, ownsContract } from '../contract';
import { Interaction } from '../interaction';
import { PartReplacement } from '../part-replacement';

/** The audit log's name of each owner (the entity its own rows use). */
export const OWNER_ENTITY: Record<AttachmentOwnerType, string> = {
  COMPLAINT: 'complaint',
  INTERACTION: 'interaction',
  PART_REPLACEMENT: 'partReplacement',
  CONTRACT: 'contract',
};

/**
 * Whether the viewer owns a record that accepts files, the way the record's own module decides it
 * (首问负责: a complaint's owner, an interaction's author, a replacement's requester, a contract's or
 * its customer's owner); null when the record does not exist or is archived.
 */
export async function ownershipOf(manager: EntityManager, viewer: Viewer, type: AttachmentOwnerType, id: string): Promise<{ isOwner: boolean } | null> {
  switch (type) {
    case 'COMPLAINT': {
      const complaint = await manager.findOne(Complaint, { where: { id }, select: { id: true, ownerId: true } });
      return complaint && { isOwner: complaint.ownerId === viewer.id };
    }
    case 'INTERACTION': {
      const interaction = await manager.findOne(Interaction, { where: { id, archivedAt: IsNull() }, select: { id: true, staffId: true } });
      return interaction && { isOwner: interaction.staffId === viewer.id };
    }
    case 'PART_REPLACEMENT': {
      const replacement = await manager.findOne(PartReplacement, { where: { id, archivedAt: IsNull() }, select: { id: true, requestedById: true } });
      return replacement && { isOwner: replacement.requestedById === viewer.id };
    }
    case 'CONTRACT': {
      const contract = await manager.findOne(Contract, { where: { id, archivedAt: IsNull() }, select: { id: true, ownerId: true, customerId: true } });
      return contract && { isOwner: ownsContract(viewer, contract, await customerOwnerOf(manager, contract.customerId)) };
    }
  }
}
