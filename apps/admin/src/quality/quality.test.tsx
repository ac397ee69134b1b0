import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SCORECARD, type Role } from '@sanxin/domain';
import { type ReactNode, useState } from 'react';
import { testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { EvaluationButtons } from '../resources/qualityEvaluations/EvaluationButtons';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import { Scorecard } from './Scorecard';
import { emptyDraft, type ScorecardDraft, scoresInput, submitViolations } from './scorecardDraft';
import { monthsUpTo } from './trendMonths';

const SCORECARD = {
  templateVersion: 1,
  dimensions: DEFAULT_SCORECARD.dimensions,
  criticalItems: DEFAULT_SCORECARD.criticalItems.map((c) => c.code),
};

const Wrapper = ({ children, staffRole = 'QA_INSPECTOR', dataProvider }: { children: ReactNode; staffRole?: Role; dataProvider?: object }) => (
  <TestAdmin authProvider={signedInAs({ id: 'me', fullName: '赵晓婷', role: staffRole })} dataProvider={dataProvider}>
    {children}
  </TestAdmin>
);

/** The scorecard with its state, as the scoring page holds it; `seen` gets every change. */
const ScorecardHarness = ({ seen }: { seen: (draft: ScorecardDraft) => void }) => {
  const [draft, setDraft] = useState(emptyDraft);
  return (
    <Scorecard
      scorecard={SCORECARD}
      value={draft}
      onChange={(next) => {
        seen(next);
        setDraft(next);
      }}
    />
  );
};

// Typing by user-event is slow in jsdom on a shared machine: the keyboard flows get more than the default 5 s.
describe('评分卡 by keyboard', { timeout: 90_000 }, () => {
  it('scores every dimension with digits, moving on by itself; 1 waits for a possible 10; the total is the domain’s', async () => {
    const user = userEvent.setup();
    let last = emptyDraft();
    render(
      <Wrapper>
        <ScorecardHarness seen={(draft) => (last = draft)} />
      </Wrapper>,
    );
    const first = await screen.findByRole('textbox', { name: '服务用语' });
    await waitFor(() => expect(first).toHaveFocus());
    // 8 cannot grow on a 0–10 scale: the next dimension takes the 9; "1" then "0" makes 10.
    await user.keyboard('89');
    expect(screen.getByRole('textbox', { name: '语气语调' })).toHaveFocus();
    await user.keyboard('1');
    expect(screen.getByRole('textbox', { name: '语气语调' })).toHaveFocus();
    await user.keyboard('0');
    expect(screen.getByRole('textbox', { name: '需求归纳能力' })).toHaveFocus();
    await user.keyboard('7');
    expect(last.scores).toEqual({ SERVICE_LANGUAGE: 8, ATTITUDE: 9, TONE: 10, NEEDS_SUMMARY: 7, ADAPTABILITY: undefined });
    // Enter moves on as well; ↑ adds a point to an empty dimension from 0.
    const adaptability = screen.getByRole('textbox', { name: '应变能力' });
    await user.click(adaptability);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(last.scores.ADAPTABILITY).toBe(5);
    // (8 + 9 + 10 + 7 + 5) / 50 × 100 = 78
    expect(screen.getByTestId('scorecard-total')).toHaveTextContent('总分: 78.0 分');
    expect(submitViolations(SCORECARD, last)).toEqual([]);
  });

  it('refuses a score above the scale, re-scores a dimension by typing over it, and zeroes the total on a critical item', async () => {
    const user = userEvent.setup();
    let last = emptyDraft();
    render(
      <Wrapper>
        <ScorecardHarness seen={(draft) => (last = draft)} />
      </Wrapper>,
    );
    const tone = await screen.findByRole('textbox', { name: '语气语调' });
    await user.click(tone);
    await user.keyboard('1');
    await user.keyboard('5');
    expect(last.scores.TONE).toBe(1);
    await user.click(screen.getByRole('textbox', { name: '服务用语' }));
    await user.click(tone);
    await user.keyboard('6');
    expect(last.scores.TONE).toBe(6);
    expect(submitViolations(SCORECARD, last).map((v) => v.rule)).toEqual(['scoreMissing', 'scoreMissing', 'scoreMissing', 'scoreMissing']);
    await user.click(screen.getByRole('checkbox', { name: '使用不文明用语' }));
    expect(screen.getByTestId('scorecard-total')).toHaveTextContent('总分: 0.0 分');
    expect(screen.getByText('触犯否决项，总分为 0（各项加权 12.0 分）')).toBeInTheDocument();
    // A comment of astral Chinese goes to the API as typed, beside its score.
    await user.type(screen.getByRole('textbox', { name: '语气语调 的说明' }), '语速偏快𠮷');
    expect(scoresInput(last)).toEqual([{ dimension: 'TONE', score: 6, comment: '语速偏快𠮷' }]);
  });
});

const evaluation = (status: string, availableActions: string[]) => ({
  id: 'q1',
  version: 3,
  status,
  availableActions,
  agent: { id: 'a1', name: '张思远' },
  criticalFailures: [],
  scores: DEFAULT_SCORECARD.dimensions.map((d) => ({ dimension: d.code, score: 8, comment: null })),
  template: SCORECARD,
});

const buttonNames = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('the evaluation’s steps per role', { timeout: 90_000 }, () => {
  it('offers the inspector submit, the agent acknowledge and dispute, the manager uphold and revise: what availableActions lists', async () => {
    const cases: Array<[Role, string, string[], string[]]> = [
      ['QA_INSPECTOR', 'DRAFT', ['SUBMIT'], ['提交']],
      ['AGENT', 'SUBMITTED', ['ACKNOWLEDGE', 'DISPUTE'], ['确认', '申诉']],
      ['DEPT_MANAGER', 'DISPUTED', ['UPHOLD', 'REVISE'], ['维持原评分', '修改评分']],
      ['AGENT', 'DISPUTED', [], []],
    ];
    for (const [role, status, availableActions, labels] of cases) {
      const view = render(
        <Wrapper staffRole={role}>
          <EvaluationButtons record={evaluation(status, availableActions)} />
        </Wrapper>,
      );
      await waitFor(() => expect(buttonNames()).toEqual(labels));
      view.unmount();
    }
  });

  it('sends the agent’s dispute with its reason, and refuses one without a reason by the domain rule', async () => {
    const user = userEvent.setup();
    const workflow = vi.fn(async () => ({ id: 'q1', version: 4 }));
    render(
      <Wrapper staffRole="AGENT" dataProvider={{ ...testDataProvider(), workflow }}>
        <EvaluationButtons record={evaluation('SUBMITTED', ['ACKNOWLEDGE', 'DISPUTE'])} />
      </Wrapper>,
    );
    await user.click(await screen.findByRole('button', { name: '申诉' }));
    const dialog = await screen.findByRole('dialog');
    // Blank is no reason: confirming stays disabled.
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '   ');
    expect(within(dialog).getByRole('button', { name: '确认' })).toBeDisabled();
    await user.clear(within(dialog).getByRole('textbox', { name: /理由/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '客户中途挂断，并非我未做结束语𠮷');
    await user.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() =>
      expect(workflow).toHaveBeenCalledWith('disputeQualityEvaluation', { id: 'q1', version: 3, input: { reason: '客户中途挂断，并非我未做结束语𠮷' } }),
    );
  });

  it('sends the manager’s revision with only the changed scores, and checks the scale first', async () => {
    const user = userEvent.setup();
    const workflow = vi.fn(async () => ({ id: 'q1', version: 4 }));
    render(
      <Wrapper staffRole="DEPT_MANAGER" dataProvider={{ ...testDataProvider(), workflow }}>
        <EvaluationButtons record={evaluation('DISPUTED', ['UPHOLD', 'REVISE'])} />
      </Wrapper>,
    );
    await user.click(await screen.findByRole('button', { name: '修改评分' }));
    const dialog = await screen.findByRole('dialog');
    const tone = within(dialog).getByRole('textbox', { name: /语气语调/ });
    expect(tone).toHaveValue('8');
    await user.clear(tone);
    await user.type(tone, '11');
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '复听录音，客户先挂断');
    await user.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(workflow).not.toHaveBeenCalled();
    expect(within(dialog).getByText(/0 到 10/)).toBeInTheDocument();
    await user.clear(tone);
    await user.type(tone, '10');
    await user.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() =>
      expect(workflow).toHaveBeenCalledWith('reviseQualityEvaluation', {
        id: 'q1',
        version: 3,
        input: { scores: [{ dimension: 'TONE', score: 10 }], reason: '复听录音，客户先挂断' },
      }),
    );
  });
});

describe('the trend’s months', () => {
  it('counts back across the new year', () => {
    expect(monthsUpTo('2027-02', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
