import { type AttachmentOwnerType, canAttach, canViewAttachments } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { requireViewer } from '../../shared/viewer';
import { Complaint } from '../complaint';
import { Contract, viewerOwnsContract } from '../contract';
import { Interaction } from '../interaction';
import { PartReplacement } from '../part-replacement';
import { Staff, staffLoaders } from '../staff';
import { Attachment } from './attachment.entity';
import { attachmentLoaders } from './attachment.loaders';
import { removeAttachment } from './attachment.service';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Authorized()
  @Mutation(() => ID, { description: 'Removes a file from its record (soft: the stored bytes are kept); answers its id' })
  deleteAttachment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    return removeAttachment(serviceContext(ctx), id, version);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who uploaded it' })
  uploadedBy(@Root() attachment: Attachment, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(attachment.uploadedById);
  }

  @FieldResolver(() => String, { description: 'Where to download it (same session as GraphQL)' })
  url(@Root() attachment: Attachment): string {
    return `/api/attachments/${attachment.id}`;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A small JPEG preview, for images' })
  thumbnailUrl(@Root() attachment: Attachment): string | null {
    return attachment.thumbnailKey ? `/api/attachments/${attachment.id}/thumbnail` : null;
  }
}

/** The viewer's files of a record: none for those who may not see them (a contract's, without its amount). */
async function attachmentsOf(ctx: Context, type: AttachmentOwnerType, id: string, isOwner: boolean): Promise<Attachment[]> {
  if (!canViewAttachments(requireViewer(ctx.viewer).role, type, { isOwner })) return [];
  return attachmentLoaders(ctx).attachmentsByOwner.load({ type, id });
}

const viewerIs = (ctx: Context, staffId: string) => requireViewer(ctx.viewer).id === staffId;

/** `attachments` and `canAttach` on a type whose records accept files; `ownsIt` is the record's own ownership rule. */
function attachmentFieldsOf<T extends { id: string }>(type: Function, ownerType: AttachmentOwnerType, ownsIt: (ctx: Context, record: T) => boolean | Promise<boolean>) {
  @Resolver(() => type)
  class OwnerAttachmentsResolver {
    @FieldResolver(() => [Attachment], { description: 'Files attached to it (附件) the viewer may see' })
    async attachments(@Root() record: T, @Ctx() ctx: Context): Promise<Attachment[]> {
      return attachmentsOf(ctx, ownerType, record.id, await ownsIt(ctx, record));
    }

    @FieldResolver(() => Boolean, { description: 'Whether the viewer may add and remove its files' })
    async canAttach(@Root() record: T, @Ctx() ctx: Context): Promise<boolean> {
      return canAttach(requireViewer(ctx.viewer).role, ownerType, { isOwner: await ownsIt(ctx, record) });
    }
  }
  return OwnerAttachmentsResolver;
}

export const ownerAttachmentResolvers = [
  attachmentFieldsOf(Complaint, 'COMPLAINT', (ctx, complaint: Complaint) => viewerIs(ctx, complaint.ownerId)),
  attachmentFieldsOf(Interaction, 'INTERACTION', (ctx, interaction: Interaction) => viewerIs(ctx, interaction.staffId)),
  attachmentFieldsOf(PartReplacement, 'PART_REPLACEMENT', (ctx, replacement: PartReplacement) => viewerIs(ctx, replacement.requestedById)),
  attachmentFieldsOf(Contract, 'CONTRACT', viewerOwnsContract),
];
