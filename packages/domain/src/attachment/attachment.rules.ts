import { type AccessContext, canAccess, canSeePii } from '../permissions';
import type { Settings } from '../setting/settings';
import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';
import { sniffSignature } from './attachment.sniff';
import { ATTACHMENT_OWNER_RESOURCE, ATTACHMENT_TYPES, type AttachmentKind, type AttachmentOwnerType, type AttachmentType, MAX_ATTACHMENT_NAME } from './attachment.types';

export type AttachmentSettings = Pick<Settings, 'attachment.maxSizeMb' | 'attachment.allowImages' | 'attachment.allowPdf' | 'attachment.allowOffice'>;

export interface AttachmentDraft {
  name: string;
  /** The type the browser sent, if any (it only has to agree with the name and the bytes). */
  claimedType?: string | null;
  size: number;
  /** The file's first bytes (at least SIGNATURE_BYTES, or the whole file when shorter). */
  head: Uint8Array;
}

const BYTES_PER_MB = 1024 * 1024;
const KIND_SETTING: Record<AttachmentKind, keyof AttachmentSettings> = {
  IMAGE: 'attachment.allowImages',
  PDF: 'attachment.allowPdf',
  OFFICE: 'attachment.allowOffice',
};
/** Browsers send these when they do not know a file's type: they claim nothing. */
const UNKNOWN_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** Slashes would make a path of the name; control characters hide what it says. */
const hasUnsafeCharacter = (name: string) => [...name].some((char) => char === '/' || char === '\\' || char.charCodeAt(0) < 0x20);

export const maxAttachmentBytes = (settings: AttachmentSettings) => settings['attachment.maxSizeMb'] * BYTES_PER_MB;

/** The accepted type a file name says (by its extension), or null. */
export function attachmentTypeOf(name: string): AttachmentType | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (ATTACHMENT_TYPES[name.slice(dot + 1).toLowerCase()] ?? null);
}

/** Whether the settings allow a file of this name before it is sent (the console's early check). */
export function validateAttachmentName(name: string, settings: AttachmentSettings): Violation[] {
  const trimmed = name.trim();
  if (!trimmed) return [{ rule: 'required', field: 'file' }];
  if (trimmed.length > MAX_ATTACHMENT_NAME || hasUnsafeCharacter(trimmed)) return [{ rule: 'invalidFileName', field: 'file', params: { max: MAX_ATTACHMENT_NAME } }];
  const type = attachmentTypeOf(trimmed);
  if (!type) return [{ rule: 'unsupportedFileType', field: 'file' }];
  if (settings[KIND_SETTING[type.kind]] !== 1) return [{ rule: 'fileTypeNotAllowed', field: 'file' }];
  return [];
}

/**
 * A received file: a name of an accepted and allowed type, not empty, not above the size limit, and
 * bytes that are what the name (and the browser) claim. The first violation only: a refused file
 * has one reason to fix.
 */
export function validateAttachment(draft: AttachmentDraft, settings: AttachmentSettings): Violation[] {
  const named = validateAttachmentName(draft.name, settings);
  if (named.length) return named;
  const type = attachmentTypeOf(draft.name.trim()) as AttachmentType;
  if (draft.size === 0) return [{ rule: 'emptyFile', field: 'file' }];
  const maxMb = settings['attachment.maxSizeMb'];
  if (draft.size > maxAttachmentBytes(settings)) return [{ rule: 'fileTooLarge', field: 'file', params: { maxMb } }];
  const claimed = draft.claimedType?.split(';')[0].trim().toLowerCase() ?? '';
  if (!UNKNOWN_TYPES.has(claimed) && claimed !== type.contentType) return [{ rule: 'fileContentMismatch', field: 'file' }];
  if (sniffSignature(draft.head) !== type.signature) return [{ rule: 'fileContentMismatch', field: 'file' }];
  return [];
}

/** Who sees an owner's files: whoever may read the record; a contract's files only for those who see its amount (a signed agreement shows it). */
export function canViewAttachments(role: Role, owner: AttachmentOwnerType, context: AccessContext = {}): boolean {
  const resource = ATTACHMENT_OWNER_RESOURCE[owner];
  if (!canAccess(role, resource, 'show', context)) return false;
  return owner !== 'CONTRACT' || canSeePii(role, 'contract', context);
}

/** Who adds files to a record and removes them: whoever may edit it. */
export function canAttach(role: Role, owner: AttachmentOwnerType, context: AccessContext = {}): boolean {
  return canAccess(role, ATTACHMENT_OWNER_RESOURCE[owner], 'edit', context);
}

export const isImageAttachment = (contentType: string) => contentType.startsWith('image/');
