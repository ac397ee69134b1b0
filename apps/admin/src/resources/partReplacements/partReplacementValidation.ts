import { type PartReplacementDraft, validatePartReplacement } from '@sanxin/domain';
import { domainValidator } from '../../forms/domainValidator';

export const validatePartReplacementForm = (mode: 'create' | 'update') =>
  domainValidator((values: PartReplacementDraft) => validatePartReplacement(values, mode));
