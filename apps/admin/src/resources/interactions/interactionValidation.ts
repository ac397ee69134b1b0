import { type InteractionDraft, validateInteraction } from '@sanxin/domain';
import { domainValidator } from '../../forms/domainValidator';

type InteractionValues = Omit<InteractionDraft, 'occurredAt'> & { occurredAt?: Date | string | null };

/** Form values hold occurredAt as an ISO string or a Date; the rule wants a Date and today's clock. */
export const validateInteractionForm = (mode: 'create' | 'update') =>
  domainValidator(({ occurredAt, ...values }: InteractionValues) =>
    validateInteraction({ ...values, occurredAt: occurredAt ? new Date(occurredAt) : null }, mode, new Date()),
  );
