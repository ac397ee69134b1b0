export const INTERACTION_CHANNELS = ['PHONE', 'VISIT', 'EMAIL', 'MESSAGE', 'LETTER', 'ONLINE'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export const INTERACTION_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export const INTERACTION_OUTCOMES = ['RESOLVED', 'FOLLOW_UP_NEEDED', 'NO_ANSWER', 'OPPORTUNITY', 'COMPLAINT_REGISTERED', 'INFO_GIVEN'] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

export interface InteractionDraft {
  channel?: string | null;
  direction?: string | null;
  summary?: string | null;
  outcome?: string | null;
  occurredAt?: Date | null;
}
