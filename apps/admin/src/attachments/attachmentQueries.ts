import { gql } from '@apollo/client';
import type { AttachmentOwnerType } from '@sanxin/domain';
import type { AttachmentFieldsFragment } from '../graphql/generated';
import { type Run, documentOf } from '../providers/operations';

export type AttachmentItem = AttachmentFieldsFragment;

export interface AttachmentList {
  canAttach: boolean;
  attachments: AttachmentItem[];
}

const ATTACHMENT_FIELDS = gql`
  fragment AttachmentFields on Attachment { id version name contentType size url thumbnailUrl createdAt uploadedBy { id name } }
`;

/** The query field of each kind of record that accepts files. */
const OWNER_QUERY: Record<AttachmentOwnerType, string> = { COMPLAINT: 'complaint', INTERACTION: 'interaction', PART_REPLACEMENT: 'partReplacement', CONTRACT: 'contract' };

export const attachmentsQuery = (field: string) =>
  documentOf(`query attachmentsOf($id: ID!) { ${field}(id: $id) { id canAttach attachments { ...AttachmentFields } } }`, ATTACHMENT_FIELDS);

export interface AttachmentMethods {
  /** 附件: a record's files the viewer may see, and whether they may add and remove them. */
  attachmentsOf(ownerType: AttachmentOwnerType, ownerId: string): Promise<AttachmentList>;
}

export function attachmentMethods(run: Run): AttachmentMethods {
  return {
    attachmentsOf: async (ownerType, ownerId) => {
      const field = OWNER_QUERY[ownerType];
      const data = await run<Record<string, AttachmentList | null> | null>('query', attachmentsQuery(field), { id: ownerId });
      return data?.[field] ?? { canAttach: false, attachments: [] };
    },
  };
}
