import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../../test/testAdmin';
import type { CalibrationDetail } from './calibrationQueries';
import { CalibrationWorkspace } from './CalibrationShow';

const DIMENSIONS = ['SERVICE_LANGUAGE', 'ATTITUDE', 'TONE', 'NEEDS_SUMMARY', 'ADAPTABILITY'].map((code) => ({ code, weight: 20, maxScore: 10 }));
const spreadRow = (dimension: string, min: number, max: number, median: number, disagrees: boolean) => ({
  dimension,
  maxScore: 10,
  count: 2,
  min,
  max,
  range: max - min,
  rangePercent: (max - min) * 10,
  mean: (min + max) / 2,
  meanAbsoluteDeviation: (max - min) / 2,
  median,
  disagrees,
});
const base: CalibrationDetail = {
  id: 'c1',
  version: 2,
  status: 'OPEN',
  topic: '开场白与需求归纳',
  subjectKind: 'INTERACTION',
  subjectId: 'i1',
  tolerancePercent: 20,
  submittedCount: 1,
  availableActions: ['SUBMIT_SCORES'],
  agreedTotal: null,
  agreementNote: null,
  cancelReason: null,
  createdAt: '2026-12-01T02:00:00Z',
  agent: { id: 'a1', name: '张思远' },
  openedBy: { id: 'm1', name: '林慧敏' },
  template: { templateVersion: 1, dimensions: DIMENSIONS },
  participants: [
    { inspectorId: 'q1', submittedAt: null, inspector: { id: 'q1', name: '赵晓婷' }, scores: null },
    { inspectorId: 'd1', submittedAt: '2026-12-01T03:00:00Z', inspector: { id: 'd1', name: '周建华' }, scores: null },
  ],
  spread: null,
  agreedScores: null,
};
const revealed: CalibrationDetail = {
  ...base,
  version: 4,
  status: 'REVEALED',
  submittedCount: 2,
  availableActions: ['AGREE', 'CANCEL'],
  participants: [
    { ...base.participants[0]!, submittedAt: '2026-12-01T04:00:00Z', scores: [{ dimension: 'ATTITUDE', score: 5 }] },
    { ...base.participants[1]!, scores: [{ dimension: 'ATTITUDE', score: 9 }] },
  ],
  spread: [spreadRow('SERVICE_LANGUAGE', 8, 8, 8, false), spreadRow('ATTITUDE', 5, 9, 7, true)],
};

const renderAs = (detail: CalibrationDetail, role: 'QA_INSPECTOR' | 'DEPT_MANAGER', workflow = vi.fn(async () => ({ id: 'c1' })), locale?: string) => {
  render(
    <TestAdmin authProvider={signedInAs({ id: 'q1', fullName: '赵晓婷', role })} dataProvider={{ workflow }} locale={locale}>
      <CalibrationWorkspace detail={detail} />
    </TestAdmin>,
  );
  return workflow;
};

describe('a calibration session’s page', { timeout: 40_000 }, () => {
  it('gives an invited inspector the blind form: nobody’s scores shown, submit only once every dimension is scored', async () => {
    const workflow = renderAs(base, 'QA_INSPECTOR');
    const form = await screen.findByRole('region', { name: '我的背对背评分' });
    expect(screen.getByText('已有 1/2 人提交评分，揭晓前所有人的评分均不可见')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '各评分项分歧' })).toBeNull();
    const submit = within(form).getByRole('button', { name: '提交我的评分' });
    const scores = [8, 9, 7, 6, 10];
    ['服务用语', '服务态度', '语气语调', '需求归纳能力'].forEach((label, i) => {
      fireEvent.change(within(form).getByLabelText(new RegExp(label)), { target: { value: String(scores[i]) } });
    });
    expect(submit).toBeDisabled();
    fireEvent.change(within(form).getByLabelText(/应变能力/), { target: { value: '11' } });
    expect(submit).toBeDisabled();
    fireEvent.change(within(form).getByLabelText(/应变能力/), { target: { value: '10' } });
    expect(submit).toBeEnabled();
    fireEvent.click(submit);
    await waitFor(() => expect(workflow).toHaveBeenCalled());
    expect(workflow).toHaveBeenCalledWith('submitCalibrationScores', {
      id: 'c1',
      version: 2,
      input: { scores: DIMENSIONS.map((d, i) => ({ dimension: d.code, score: scores[i] })) },
    });
  });

  it('shows the manager the spread with the disagreement marked, and agrees on the median unless changed, with a note', async () => {
    const workflow = renderAs(revealed, 'DEPT_MANAGER');
    const table = await screen.findByRole('region', { name: '各评分项分歧' });
    const attitude = within(table).getByRole('rowheader', { name: '服务态度' }).closest('tr') as HTMLElement;
    expect(attitude.dataset.disagrees).toBe('true');
    expect(within(attitude).getByText('分歧')).toBeInTheDocument();
    expect(within(attitude).getByText('4 (40%)')).toBeInTheDocument();
    expect(within(within(table).getByRole('rowheader', { name: '服务用语' }).closest('tr') as HTMLElement).getByText('一致')).toBeInTheDocument();

    const form = screen.getByRole('region', { name: '确定一致评分' });
    const agree = within(form).getByRole('button', { name: '确定一致评分' });
    // A disagreement needs a note before the agreed scores can be recorded.
    expect(agree).toBeDisabled();
    expect(within(form).getByText('有评分项分歧超出容差，请说明如何达成一致')).toBeInTheDocument();
    fireEvent.mouseDown(within(form).getByRole('combobox', { name: '服务态度' }));
    const options = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['5 / 10', '6 / 10', '7 / 10', '8 / 10', '9 / 10']);
    fireEvent.click(screen.getByRole('option', { name: '8 / 10' }));
    fireEvent.change(within(form).getByLabelText('如何达成一致'), { target: { value: '回听录音后按 8 分计𠮷' } });
    await waitFor(() => expect(agree).toBeEnabled());
    fireEvent.click(agree);
    await waitFor(() => expect(workflow).toHaveBeenCalled());
    expect(workflow).toHaveBeenCalledWith('agreeCalibrationSession', {
      id: 'c1',
      version: 4,
      input: {
        scores: [
          { dimension: 'SERVICE_LANGUAGE', score: 8 },
          { dimension: 'ATTITUDE', score: 8 },
        ],
        note: '回听录音后按 8 分计𠮷',
      },
    });
    expect(screen.queryByRole('region', { name: '我的背对背评分' })).toBeNull();
  });

  it('speaks English too, and shows the agreed scores once settled', async () => {
    renderAs(
      {
        ...revealed,
        status: 'AGREED',
        availableActions: [],
        agreedScores: [{ dimension: 'ATTITUDE', score: 7 }],
        agreedTotal: 78,
        agreementNote: 'Settled at 7',
      },
      'QA_INSPECTOR',
      undefined,
      'en',
    );
    expect(await screen.findByRole('region', { name: 'Agreed scores' })).toBeInTheDocument();
    expect(screen.getByText('Attitude 7')).toBeInTheDocument();
    expect(screen.getByText('Total 78')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal scores' })).toBeNull();
  });
});
