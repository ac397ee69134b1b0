import { describe, expect, it } from 'vitest';
import { validateInteraction } from './interaction.rules';
import { INTERACTION_CHANNELS, INTERACTION_DIRECTIONS, INTERACTION_OUTCOMES, type InteractionDraft } from './interaction.types';

const NOW = new Date('2025-03-14T09:30:00+08:00');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);
const valid: InteractionDraft = { channel: 'PHONE', direction: 'INBOUND', summary: '客户咨询发货时间，已告知', outcome: 'INFO_GIVEN', occurredAt: at(-5 * 60_000) };

describe('validateInteraction', () => {
  it('accepts a complete interaction', () => {
    expect(validateInteraction(valid, 'create', NOW)).toEqual([]);
  });

  it('requires channel, direction and summary on create', () => {
    expect(validateInteraction({}, 'create', NOW)).toEqual(
      expect.arrayContaining([
        { rule: 'required', field: 'summary' },
        { rule: 'required', field: 'channel' },
        { rule: 'required', field: 'direction' },
      ]),
    );
    expect(validateInteraction({}, 'create', NOW)).toHaveLength(3);
  });

  it('rejects a whitespace-only summary and one over 2000 characters', () => {
    expect(validateInteraction({ ...valid, summary: '  ' }, 'create', NOW)).toEqual([{ rule: 'required', field: 'summary' }]);
    expect(validateInteraction({ ...valid, summary: '𠮷'.repeat(2000) }, 'create', NOW)).toEqual([]);
    expect(validateInteraction({ ...valid, summary: '𠮷'.repeat(2001) }, 'create', NOW)).toEqual([
      { rule: 'tooLong', field: 'summary', params: { max: 2000 } },
    ]);
  });

  it.each([
    ['channel', 'FAX'],
    ['direction', 'SIDEWAYS'],
    ['outcome', 'MAYBE'],
  ])('rejects the unknown %s %s', (field, value) => {
    expect(validateInteraction({ ...valid, [field]: value }, 'create', NOW)).toEqual([{ rule: 'invalidChoice', field }]);
  });

  it('accepts every channel, direction and outcome', () => {
    for (const channel of INTERACTION_CHANNELS) expect(validateInteraction({ ...valid, channel }, 'create', NOW)).toEqual([]);
    for (const direction of INTERACTION_DIRECTIONS) expect(validateInteraction({ ...valid, direction }, 'create', NOW)).toEqual([]);
    for (const outcome of INTERACTION_OUTCOMES) expect(validateInteraction({ ...valid, outcome }, 'create', NOW)).toEqual([]);
  });

  it('rejects an interaction 2 minutes in the future', () => {
    expect(validateInteraction({ ...valid, occurredAt: at(2 * 60_000) }, 'create', NOW)).toEqual([{ rule: 'inFuture', field: 'occurredAt' }]);
  });

  it('tolerates up to a minute of clock skew', () => {
    expect(validateInteraction({ ...valid, occurredAt: at(30_000) }, 'create', NOW)).toEqual([]);
    expect(validateInteraction({ ...valid, occurredAt: at(60_000) }, 'create', NOW)).toEqual([]);
    expect(validateInteraction({ ...valid, occurredAt: at(60_001) }, 'create', NOW)).toEqual([{ rule: 'inFuture', field: 'occurredAt' }]);
  });

  it('judges the future against the `now` it is given, not the machine clock', () => {
    const lastYear = new Date('2024-01-01T00:00:00Z');
    expect(validateInteraction({ ...valid, occurredAt: new Date('2024-06-01T00:00:00Z') }, 'create', lastYear)).toEqual([
      { rule: 'inFuture', field: 'occurredAt' },
    ]);
  });

  it('on update checks only the fields present', () => {
    expect(validateInteraction({}, 'update', NOW)).toEqual([]);
    expect(validateInteraction({ outcome: 'RESOLVED' }, 'update', NOW)).toEqual([]);
    expect(validateInteraction({ summary: '' }, 'update', NOW)).toEqual([{ rule: 'required', field: 'summary' }]);
    expect(validateInteraction({ occurredAt: at(3_600_000) }, 'update', NOW)).toEqual([{ rule: 'inFuture', field: 'occurredAt' }]);
  });
});
