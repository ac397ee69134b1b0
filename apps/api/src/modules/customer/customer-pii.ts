import { canSeePii, maskField } from '@sanxin/domain';
import type { Viewer } from '../../shared/viewer';

type PiiField = 'phone' | 'email' | 'address';

/** 保密: owners and the roles the matrix names see PII; everyone else sees it masked. */
export function viewPii(viewer: Viewer, ownerId: string | null, field: PiiField, value: string | null): string | null {
  return canSeePii(viewer.role, 'customer', { isOwner: ownerId === viewer.id }) ? value : maskField(field, value);
}

export function isPiiMasked(viewer: Viewer, ownerId: string | null): boolean {
  return !canSeePii(viewer.role, 'customer', { isOwner: ownerId === viewer.id });
}
