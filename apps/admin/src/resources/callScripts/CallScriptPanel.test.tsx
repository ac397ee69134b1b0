import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ScriptPhrase, ScriptStep } from '@sanxin/domain';
import { describe, expect, it } from 'vitest';
import { signedInAs, TestAdmin } from '../../test/testAdmin';
import { CallScriptPanel } from './CallScriptPanel';

const steps: ScriptStep[] = [
  { kind: 'GREETING', branch: 'ALL', text: '您好，请问是{称呼}吗？我是客服{客服姓名}。' },
  { kind: 'QUESTION', branch: 'ALL', text: '您对{产品}的维修结果满意吗？' },
  { kind: 'QUESTION', branch: 'SATISFIED', text: '感谢您的认可！' },
  { kind: 'QUESTION', branch: 'UNSATISFIED', text: '请问哪里还需要改进？' },
  { kind: 'CLOSE', branch: 'ALL', text: '谢谢您对我们的支持，再见' },
];
const phrases: ScriptPhrase[] = [{ situation: 'NO_TIME', text: '{称呼}，请问您什么时间方便？' }];

function renderPanel(script: Parameters<typeof CallScriptPanel>[0]['script']) {
  render(
    <TestAdmin authProvider={signedInAs({ id: 'a1', fullName: '张思远', role: 'AGENT' })}>
      <CallScriptPanel script={script} context={{ customerSurname: '王', customerGender: 'MALE', agentName: '张思远', product: '空压机' }} />
    </TestAdmin>,
  );
}

const step = () => screen.getByTestId('script-step').textContent;

describe('CallScriptPanel', { timeout: 30_000 }, () => {
  it('reads the steps with the placeholders filled, and asks for the answer at the question', async () => {
    renderPanel({ name: '维修回访', steps, phrases });
    expect(await screen.findByText('您好，请问是王先生吗？我是客服张思远。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一步' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(step()).toBe('您对空压机的维修结果满意吗？');
    expect(screen.getByRole('button', { name: '下一步' })).toBeDisabled();
    expect(screen.getByText('请根据客户的回答选择：')).toBeInTheDocument();
  });

  it('follows the unsatisfied branch to the close, and back again to choose anew', async () => {
    renderPanel({ steps, phrases });
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    fireEvent.click(screen.getByRole('button', { name: '客户不满意' }));
    expect(step()).toBe('请问哪里还需要改进？');
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(step()).toBe('谢谢您对我们的支持，再见');
    expect(screen.getByText('脚本已读完')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一步' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '上一步' }));
    fireEvent.click(screen.getByRole('button', { name: '上一步' }));
    expect(step()).toBe('您对空压机的维修结果满意吗？');
    fireEvent.click(screen.getByRole('button', { name: '客户满意' }));
    expect(step()).toBe('感谢您的认可！');
  });

  it('keeps the situation phrases in view, rendered', async () => {
    renderPanel({ steps, phrases });
    const list = await screen.findByRole('region', { name: '情景用语' });
    expect(within(list).getByText('客户没空：约定时间')).toBeInTheDocument();
    expect(within(list).getByText('王先生，请问您什么时间方便？')).toBeInTheDocument();
  });

  it('says so when the call type has no script', async () => {
    renderPanel(null);
    expect(await screen.findByText('该通话类型还没有话术')).toBeInTheDocument();
  });
});
