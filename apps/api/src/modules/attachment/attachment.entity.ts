import { ATTACHMENT_OWNER_TYPES, type AttachmentOwnerType } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { graphqlEnum } from '../../graphql/enums';
import { BaseRecord } from '../../shared/base.entity';
import { Staff } from '../staff';

export const AttachmentOwnerTypeEnum = graphqlEnum(ATTACHMENT_OWNER_TYPES, 'AttachmentOwnerType', 'The kind of record a file is attached to', 'attachmentOwnerType');

/**
 * 附件: a file attached to a complaint, an interaction, a part replacement or a contract. The bytes
 * live in the file store under `storageKey`; the row says whose they are and what they are.
 */
@ObjectType({ description: '附件' })
@Entity('attachment')
@Index('idx_attachment_owner', ['ownerType', 'ownerId', 'createdAt'])
export class Attachment extends BaseRecord {
  @Field(() => AttachmentOwnerTypeEnum, { description: 'The kind of record the file belongs to' })
  @Column({ name: 'owner_type', type: 'varchar', length: 20 })
  ownerType: AttachmentOwnerType;

  @Field(() => ID, { description: 'The record the file belongs to' })
  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @Field(() => String, { description: 'The file name as uploaded' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { description: 'The content type its bytes were checked to be' })
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes' })
  @Column({ name: 'size_bytes', type: 'int' })
  size: number;

  @Field(() => String, { description: 'SHA-256 of the bytes, in hex' })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 100 })
  storageKey: string;

  @Column({ name: 'thumbnail_key', type: 'varchar', length: 100, nullable: true })
  thumbnailKey: string | null;

  @Field(() => ID, { description: 'Who uploaded it' })
  @Column({ name: 'uploaded_by_id', type: 'varchar', length: 36 })
  uploadedById: string;

  /** Removed by a person (the bytes stay in the store, like every archived record's). */
  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Field(() => Staff, { nullable: true, description: 'Who uploaded it' })
  uploadedBy?: Staff | null;
}
