import { describe, expect, it } from 'vitest';
import { renderScript } from '../follow-up/follow-up.script';
import { CALL_SCRIPT_LIMITS, callTypeOfTrigger, scriptPosition, stepsForBranch, validateCallScript } from './call-script.rules';
import type { ScriptStep } from './call-script.types';

const steps: ScriptStep[] = [
  { kind: 'GREETING', branch: 'ALL', text: '{称呼}您好，我是客服{客服姓名}。' },
  { kind: 'QUESTION', branch: 'ALL', text: '您对{产品}的服务满意吗？' },
  { kind: 'QUESTION', branch: 'SATISFIED', text: '感谢您的认可。' },
  { kind: 'QUESTION', branch: 'UNSATISFIED', text: '请问哪里需要改进？' },
  { kind: 'CLOSE', branch: 'ALL', text: '谢谢您对我们的支持，再见' },
];
const valid = { callType: 'COMPLAINT_FOLLOW_UP' as const, name: '投诉回访', steps, phrases: [{ situation: 'NO_TIME' as const, text: '请问您什么时间方便？' }] };

describe('validateCallScript', () => {
  it('accepts a complete script, emoji included', () => {
    expect(validateCallScript({ ...valid, name: '回访 😊' }, 'create')).toEqual([]);
  });

  it('needs a name, a call type and at least one step on create', () => {
    expect(validateCallScript({ steps: [] }, 'create').map((v) => v.field)).toEqual(['name', 'callType', 'steps']);
  });

  it('lets an update leave steps out but not empty them', () => {
    expect(validateCallScript({ name: '新名称' }, 'update')).toEqual([]);
    expect(validateCallScript({ steps: [] }, 'update')).toEqual([{ rule: 'required', field: 'steps' }]);
    expect(validateCallScript({ name: ' ' }, 'update')).toEqual([{ rule: 'required', field: 'name' }]);
  });

  it('refuses unknown placeholders, kinds, situations and overlong texts, naming the element', () => {
    const violations = validateCallScript(
      {
        ...valid,
        steps: [
          { kind: 'GREETING', branch: 'ALL', text: '{姓名}您好' },
          { kind: 'SING' as never, branch: 'ALL', text: 'x'.repeat(CALL_SCRIPT_LIMITS.text + 1) },
        ],
        phrases: [{ situation: 'BORED' as never, text: '请稍等' }],
      },
      'create',
    );
    expect(violations).toEqual([
      { rule: 'unknownPlaceholder', field: 'steps.0.text', params: { placeholder: '{姓名}' } },
      { rule: 'invalidChoice', field: 'steps.1.kind' },
      { rule: 'tooLong', field: 'steps.1.text', params: { max: CALL_SCRIPT_LIMITS.text } },
      { rule: 'invalidChoice', field: 'phrases.0.situation' },
    ]);
  });

  it('counts characters, not UTF-16 units: 1000 emoji fit', () => {
    expect(validateCallScript({ ...valid, steps: [{ kind: 'CLOSE', branch: 'ALL', text: '😊'.repeat(1000) }] }, 'create')).toEqual([]);
  });

  it('limits the number of steps and phrases', () => {
    const many = Array.from({ length: CALL_SCRIPT_LIMITS.steps + 1 }, () => steps[0]);
    expect(validateCallScript({ ...valid, steps: many }, 'create')).toEqual([{ rule: 'tooMany', field: 'steps', params: { max: CALL_SCRIPT_LIMITS.steps } }]);
  });
});

describe('the path through a script', () => {
  it('stops before the answer, then follows the branch taken and the common close', () => {
    expect(stepsForBranch(steps, null).map((s) => s.text)).toEqual([steps[0].text, steps[1].text]);
    expect(stepsForBranch(steps, 'UNSATISFIED').map((s) => s.text)).toEqual([steps[0].text, steps[1].text, steps[3].text, steps[4].text]);
  });

  it('asks for the answer at the question, and ends at the close', () => {
    expect(scriptPosition(steps, null, 0)).toMatchObject({ index: 0, awaitsBranch: false, isLast: false });
    expect(scriptPosition(steps, null, 1)).toMatchObject({ index: 1, awaitsBranch: true, isLast: false });
    expect(scriptPosition(steps, 'SATISFIED', 9)).toMatchObject({ index: 3, awaitsBranch: false, isLast: true });
  });

  it('needs no answer in a script without branches', () => {
    expect(scriptPosition([steps[0], steps[4]], null, 1)).toMatchObject({ awaitsBranch: false, isLast: true });
  });

  it('renders the placeholders of a step', () => {
    expect(renderScript(steps[0].text, { customerSurname: '王', customerGender: 'MALE', agentName: '李娜' })).toBe('王先生您好，我是客服李娜。');
  });
});

describe('callTypeOfTrigger', () => {
  it('guides each trigger by its call type', () => {
    expect(callTypeOfTrigger('COMPLAINT')).toBe('COMPLAINT_FOLLOW_UP');
    expect(callTypeOfTrigger('PART_REPLACEMENT')).toBe('SERVICE_FOLLOW_UP');
    expect(callTypeOfTrigger('ASSIGNMENT')).toBe('FIRST_CONTACT');
  });
});
