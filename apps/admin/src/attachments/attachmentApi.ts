import type { AttachmentOwnerType } from '@sanxin/domain';
import { type GraphQLErrorLike } from '../providers/graphqlErrors';

/** An upload the server refused: its GraphQL-shaped error (code, and the field's rule for BAD_USER_INPUT). */
export class UploadError extends Error {
  constructor(readonly status: number, readonly error: GraphQLErrorLike | undefined) {
    super(error?.message ?? `upload failed (${status})`);
  }
}

/**
 * `POST /api/attachments`: the file as multipart with the session cookie, and the custom header
 * that proves the request comes from our own pages (the upload's CSRF guard).
 */
export async function uploadAttachment(ownerType: AttachmentOwnerType, ownerId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = new URLSearchParams({ ownerType, ownerId });
  const response = await fetchImpl(`/api/attachments?${query}`, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'X-Sanxin-CSRF': '1' } });
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as { errors?: GraphQLErrorLike[] } | null;
  throw new UploadError(response.status, body?.errors?.[0]);
}

/** 12345 → "12.1 KB": sizes as people read them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
