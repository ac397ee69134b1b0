import { describe, expect, it } from 'vitest';
import { clashingFields } from './ConflictToolbar';

describe('which fields a conflict asks about', () => {
  const original = { industry: '物流', notes: '', tier: 'B', tags: ['重点'], version: 2 };

  it('only those the user changed and the other person saved differently', () => {
    const typed = { industry: '冷链物流', notes: '我的备注', tier: 'A', tags: ['重点', '新'] };
    const dirty = { industry: true, notes: true, tier: true, tags: true };
    const latest = { industry: '仓储', notes: '我的备注', tier: 'B', tags: ['重点'], version: 3 };
    expect(clashingFields(typed, dirty, original, latest)).toEqual(['industry']);
  });

  it('none when the other person changed only fields the user left alone', () => {
    expect(clashingFields({ ...original, industry: '冷链物流', notes: '同事的备注' }, { industry: true }, original, { ...original, notes: '同事的备注', version: 3 })).toEqual([]);
  });
});
