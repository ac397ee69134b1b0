import { type CustomerDraft, PII_FIELDS, validateCustomer } from '@sanxin/domain';
import { domainValidator } from '../../forms/domainValidator';

type CustomerValues = CustomerDraft & { piiMasked?: boolean };

/** Masked values (138****5678) are never sent back unchanged, so they are not validated either. */
function withoutMaskedPii(values: CustomerValues): CustomerDraft {
  if (!values.piiMasked) return values;
  const draft: Record<string, unknown> = { ...values };
  for (const field of PII_FIELDS.customer ?? []) delete draft[field];
  return draft as CustomerDraft;
}

export const validateCustomerForm = (mode: 'create' | 'update') =>
  domainValidator((values: CustomerValues) => validateCustomer(withoutMaskedPii(values), mode));
