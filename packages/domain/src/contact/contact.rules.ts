import { emailAddress, maxLength, notCleared, phoneNumber, requiredText } from '../rules';
import type { Violation } from '../violation';

export interface ContactDraft {
  name?: string | null;
  position?: string | null;
  phone?: string | null;
  email?: string | null;
  isPrimary?: boolean | null;
}

export function validateContact(draft: ContactDraft, mode: 'create' | 'update'): Violation[] {
  return [
    ...(mode === 'create' || draft.name !== undefined ? requiredText('name', draft.name) : []),
    ...maxLength('name', draft.name, 50),
    ...maxLength('position', draft.position, 50),
    ...phoneNumber('phone', draft.phone),
    ...emailAddress('email', draft.email),
    ...notCleared('isPrimary', draft.isPrimary),
  ];
}
