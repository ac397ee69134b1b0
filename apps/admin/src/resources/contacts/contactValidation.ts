import { type ContactDraft, validateContact } from '@sanxin/domain';
import { domainValidator } from '../../forms/domainValidator';

export const validateContactForm = (mode: 'create' | 'update') => domainValidator((values: ContactDraft) => validateContact(values, mode));
