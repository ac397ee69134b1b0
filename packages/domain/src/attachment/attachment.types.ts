import type { Resource } from '../permissions';

/** The records that accept files: a complaint's photos, an interaction's scanned letter, a signed agreement. */
export const ATTACHMENT_OWNER_TYPES = ['COMPLAINT', 'INTERACTION', 'PART_REPLACEMENT', 'CONTRACT'] as const;
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];

/** Whose permissions decide who sees and adds an owner's files. */
export const ATTACHMENT_OWNER_RESOURCE: Record<AttachmentOwnerType, Resource> = {
  COMPLAINT: 'complaint',
  INTERACTION: 'interaction',
  PART_REPLACEMENT: 'partReplacement',
  CONTRACT: 'contract',
};

/** The families an administrator allows or refuses as a whole (settings `attachment.allow*`). */
export const ATTACHMENT_KINDS = ['IMAGE', 'PDF', 'OFFICE'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** What the first bytes of a file say it is: a type, or a container several office types share. */
export type FileSignature = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'application/pdf' | 'zip' | 'ole';

export interface AttachmentType {
  contentType: string;
  kind: AttachmentKind;
  /** The signature the file's bytes must carry. */
  signature: FileSignature;
}

const type = (contentType: string, kind: AttachmentKind, signature: FileSignature): AttachmentType => ({ contentType, kind, signature });

/** The accepted files, by extension (lower case, no dot). */
export const ATTACHMENT_TYPES: Readonly<Record<string, AttachmentType>> = {
  jpg: type('image/jpeg', 'IMAGE', 'image/jpeg'),
  jpeg: type('image/jpeg', 'IMAGE', 'image/jpeg'),
  png: type('image/png', 'IMAGE', 'image/png'),
  gif: type('image/gif', 'IMAGE', 'image/gif'),
  webp: type('image/webp', 'IMAGE', 'image/webp'),
  pdf: type('application/pdf', 'PDF', 'application/pdf'),
  docx: type('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'OFFICE', 'zip'),
  xlsx: type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'OFFICE', 'zip'),
  pptx: type('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'OFFICE', 'zip'),
  doc: type('application/msword', 'OFFICE', 'ole'),
  xls: type('application/vnd.ms-excel', 'OFFICE', 'ole'),
};

/** The accept list of a file picker: every accepted extension. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

/** How many leading bytes the type check reads. */
export const SIGNATURE_BYTES = 16;

/** The longest file name kept (longer names are refused, not cut, so a download keeps its name). */
export const MAX_ATTACHMENT_NAME = 200;
