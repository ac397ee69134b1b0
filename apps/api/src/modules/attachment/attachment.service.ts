import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ATTACHMENT_OWNER_RESOURCE, ATTACHMENT_OWNER_TYPES, type AttachmentOwnerType, attachmentTypeOf, canAttach, canViewAttachments, isImageAttachment, maxAttachmentBytes, validateAttachment } from '@sanxin/domain';
import { IsNull } from 'typeorm';
import { assertValid, badUserInput, forbidden, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { auditTarget, recordFieldChanges } from '../audit';
import { readSettings } from '../setting';
import { OWNER_ENTITY, ownershipOf } from './attachment-owner';
import type { ReceivedFile } from './attachment-upload';
import { Attachment } from './attachment.entity';
import type { FileStore } from './file-store';
import { writeThumbnail } from './thumbnail';

export interface AttachmentOwner {
  type: AttachmentOwnerType;
  id: string;
}

/** NOT_FOUND for a record that is not there (or archived), FORBIDDEN for one the viewer may not add files to. */
export async function assertMayAttach(ctx: ServiceContext, owner: AttachmentOwner): Promise<void> {
  const ownership = await ownershipOf(ctx.dataSource.manager, ctx.viewer, owner.type, owner.id);
  if (!ownership) throw notFound(owner.type, owner.id);
  if (!canAttach(ctx.viewer.role, owner.type, ownership)) throw forbidden(ATTACHMENT_OWNER_RESOURCE[owner.type], 'edit', `attaching files to this ${OWNER_ENTITY[owner.type]}`);
}

/** The largest upload the settings allow now (the receiver stops writing past it). */
export async function uploadLimit(ctx: ServiceContext): Promise<number> {
  return maxAttachmentBytes(await readSettings(ctx.dataSource.manager));
}

/**
 * 上传附件: a received file that passes the rules (allowed type, size, bytes that are what the name
 * says) goes to the store with a thumbnail when it is an image, then its row and the owner's audit
 * row are written in one transaction; if that fails, the stored bytes are removed again. The temporary file is gone afterwards, whatever happens.
 */
export async function addAttachment(ctx: ServiceContext, store: FileStore, owner: AttachmentOwner, file: ReceivedFile): Promise<Attachment> {
  const thumbnailPath = `${file.path}.thumb.jpg`;
  try {
    await assertMayAttach(ctx, owner);
    const settings = await readSettings(ctx.dataSource.manager);
    const size = file.truncated ? maxAttachmentBytes(settings) + 1 : file.size;
    assertValid(validateAttachment({ name: file.name, claimedType: file.claimedType, size, head: file.head }, settings));
    const now = ctx.clock.now();
    const record = newRecord(now);
    const contentType = attachmentTypeOf(file.name.trim())?.contentType as string;
    const month = now.toISOString().slice(0, 7).replace('-', '/');
    const storageKey = `files/${month}/${record.id}`;
    const thumbnailKey = isImageAttachment(contentType) && (await writeThumbnail(file.path, thumbnailPath)) ? `thumbnails/${month}/${record.id}.jpg` : null;
    const storedKeys = thumbnailKey ? [storageKey, thumbnailKey] : [storageKey];
    await store.put(storageKey, file.path, contentType);
    if (thumbnailKey) await store.put(thumbnailKey, thumbnailPath, 'image/jpeg');
    const attachment = Object.assign(new Attachment(), {
      ...record,
      ownerType: owner.type,
      ownerId: owner.id,
      name: file.name.trim(),
      contentType,
      size: file.size,
      sha256: file.sha256,
      storageKey,
      thumbnailKey,
      uploadedById: ctx.viewer.id,
      archivedAt: null,
    });
    try {
      await ctx.dataSource.transaction(async (tx) => {
        await tx.insert(Attachment, attachment);
        const target = auditTarget(ctx, OWNER_ENTITY[owner.type], owner.id, now);
        await recordFieldChanges(tx, [{ ...target, field: 'attachments', oldValue: null, newValue: attachment.name }]);
      });
    } catch (error) {
      // No row, so nothing would ever serve or purge these bytes: take them back out of the store.
      await Promise.allSettled(storedKeys.map((key) => store.remove(key)));
      throw error;
    }
    return attachment;
  } finally {
    await Promise.all([rm(file.path, { force: true }), rm(thumbnailPath, { force: true })]);
  }
}

/** 下载: the bytes of a file (or its thumbnail) for a viewer who may read the record it belongs to. */
export async function openAttachment(ctx: ServiceContext, store: FileStore, id: string, part: 'file' | 'thumbnail'): Promise<{ attachment: Attachment; body: Readable }> {
  const attachment = await ctx.dataSource.getRepository(Attachment).findOneBy({ id, archivedAt: IsNull() });
  if (!attachment) throw notFound('Attachment', id);
  const ownership = await ownershipOf(ctx.dataSource.manager, ctx.viewer, attachment.ownerType, attachment.ownerId);
  if (!ownership) throw notFound('Attachment', id);
  if (!canViewAttachments(ctx.viewer.role, attachment.ownerType, ownership)) throw forbidden(ATTACHMENT_OWNER_RESOURCE[attachment.ownerType], 'show', 'reading this file');
  const key = part === 'file' ? attachment.storageKey : attachment.thumbnailKey;
  const body = key ? await store.open(key) : null;
  if (!body) throw notFound(part === 'file' ? 'Attachment' : 'Thumbnail', id);
  return { attachment, body };
}

/** 删除附件: the file leaves the record's list; its bytes stay in the store, like an archived record's. */
export async function removeAttachment(ctx: ServiceContext, id: string, version: number): Promise<string> {
  const attachment = await ctx.dataSource.getRepository(Attachment).findOneBy({ id, archivedAt: IsNull() });
  if (!attachment) throw notFound('Attachment', id);
  await assertMayAttach(ctx, { type: attachment.ownerType, id: attachment.ownerId });
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Attachment, 'Attachment', id, version, { archivedAt: now }, now);
    const target = auditTarget(ctx, OWNER_ENTITY[attachment.ownerType], attachment.ownerId, now);
    await recordFieldChanges(tx, [{ ...target, field: 'attachments', oldValue: attachment.name, newValue: null }]);
  });
  return id;
}

export function parseOwner(type: unknown, id: unknown): AttachmentOwner {
  if (typeof type !== 'string' || !(ATTACHMENT_OWNER_TYPES as readonly string[]).includes(type)) throw badUserInput([{ rule: 'invalidChoice', field: 'ownerType' }]);
  if (typeof id !== 'string' || !id || id.length > 36) throw badUserInput([{ rule: 'required', field: 'ownerId' }]);
  return { type: type as AttachmentOwnerType, id };
}
