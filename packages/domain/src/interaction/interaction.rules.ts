import { maxLength, notCleared, notInFuture, oneOf, requiredText } from '../rules';
import type { Violation } from '../violation';
import { INTERACTION_CHANNELS, INTERACTION_DIRECTIONS, INTERACTION_OUTCOMES, type InteractionDraft } from './interaction.types';

export function validateInteraction(draft: InteractionDraft, mode: 'create' | 'update', now: Date): Violation[] {
  const creating = mode === 'create';
  return [
    ...(creating || draft.summary !== undefined ? requiredText('summary', draft.summary) : []),
    ...(creating && !draft.channel ? [{ rule: 'required', field: 'channel' }] : []),
    ...(creating && !draft.direction ? [{ rule: 'required', field: 'direction' }] : []),
    ...maxLength('summary', draft.summary, 2000),
    ...oneOf('channel', draft.channel, INTERACTION_CHANNELS),
    ...oneOf('direction', draft.direction, INTERACTION_DIRECTIONS),
    ...oneOf('outcome', draft.outcome, INTERACTION_OUTCOMES),
    ...notInFuture('occurredAt', draft.occurredAt, now),
    ...(creating ? [] : [...notCleared('channel', draft.channel), ...notCleared('direction', draft.direction), ...notCleared('occurredAt', draft.occurredAt)]),
  ];
}
