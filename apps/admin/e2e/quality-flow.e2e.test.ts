import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';

// The queue samples the records of the month: mid-December in Shanghai, so the demo agents have half a
// month of calls, for the API (which inherits the variable) and for every page (browser.ts).
vi.hoisted(() => {
  process.env.SANXIN_TEST_NOW = '2026-12-16T10:00:00+08:00';
});

import { newSignedInPage, newTestPage, signInOn, visible } from './browser';
import { e2eSession } from './session';

const e2e = e2eSession();
const MONTH = '2026-12';

/** The agent's 我的质检 at phone width: the trend's number for the month, as the table under the chart shows it. */
async function averageShown(page: Page): Promise<string> {
  await page.goto(`${e2e.baseUrl}/#/quality/mine`);
  await page.reload();
  const cell = page.locator(`[data-testid="trend-row"][data-month="${MONTH}"] [data-column="average"]`);
  await visible(cell, 20_000);
  return (await cell.textContent()) ?? '';
}

describe('质检: evaluate, dispute, revise', () => {
  it('the inspector scores a sampled record of 张思远 by keyboard and submits; he disputes; the manager revises one score; his trend shows the new average', async () => {
    // 赵晓婷 (qa) opens the workspace: 张思远's quota progress and the sampler's proposals of the month.
    const qa = await newSignedInPage(e2e.browser, e2e.baseUrl, 'qa');
    await qa.goto(`${e2e.baseUrl}/#/quality/workspace`);
    const row = qa.getByTestId('quality-queue-row').filter({ hasText: '张思远' });
    await visible(row, 20_000);
    await visible(row.getByText('未达标'));
    // A call when the sampler proposes one (the demo data moves with the clock), else the record it proposes.
    const calls = row.locator('[data-testid="quality-proposal"][data-kind="INTERACTION"]');
    const proposal = (await calls.count()) > 0 ? calls.first() : row.getByTestId('quality-proposal').first();
    const kind = await proposal.getAttribute('data-kind');
    await proposal.click();

    // The record beside the scorecard; five digits score the five dimensions.
    const record = qa.getByTestId('evaluated-record');
    await visible(record.getByText({ INTERACTION: '内容摘要', COMPLAINT: '投诉内容' }[kind ?? ''] ?? '回访通话'), 20_000);
    await qa.getByRole('textbox', { name: '服务用语', exact: true }).click();
    await qa.keyboard.type('88888');
    await visible(qa.getByTestId('scorecard-total').getByText('80.0 分'));
    await qa.getByRole('textbox', { name: '语气语调 的说明' }).fill('语速偏快，结束语不完整');
    await qa.getByRole('button', { name: '提交' }).click();
    await qa.waitForURL(/#\/qualityEvaluations\/[^/]+\/show/, { timeout: 20_000 });
    const id = /qualityEvaluations\/([^/]+)\/show/.exec(qa.url())?.[1] ?? '';
    await visible(qa.getByText('已提交'), 20_000);

    // 张思远, on his phone: the month's average is the submitted 80; he disputes it with a reason.
    const agent = await newTestPage(e2e.browser, { viewport: { width: 390, height: 844 } });
    await agent.goto(`${e2e.baseUrl}/`);
    await signInOn(agent, 'agent');
    expect(await averageShown(agent)).toBe('80.0');
    const mine = agent.locator(`[data-testid="my-evaluation"]:has(a[href="#/qualityEvaluations/${id}/show"])`);
    await mine.getByRole('button', { name: '申诉' }).click();
    const dispute = agent.getByRole('dialog');
    await dispute.getByRole('textbox', { name: /理由/ }).fill('客户中途挂断，并非我未做结束语');
    await dispute.getByRole('button', { name: '确认' }).click();
    await visible(agent.locator(`[data-testid="my-evaluation"][data-status="DISPUTED"]:has(a[href="#/qualityEvaluations/${id}/show"])`), 20_000);

    // 林慧敏 (manager) hears the recording again: 语气语调 8 → 10.
    const manager = await newSignedInPage(e2e.browser, e2e.baseUrl, 'manager');
    await manager.goto(`${e2e.baseUrl}/#/qualityEvaluations/${id}/show`);
    await visible(manager.getByText('客户中途挂断，并非我未做结束语'), 20_000);
    await manager.getByRole('button', { name: '修改评分' }).click();
    const revise = manager.getByRole('dialog');
    await revise.getByRole('textbox', { name: /语气语调/ }).fill('10');
    await revise.getByRole('textbox', { name: /理由/ }).fill('复听录音，语气平和，客户先挂断');
    await revise.getByRole('button', { name: '确认' }).click();
    await visible(manager.getByText('已改分'), 20_000);
    await visible(manager.getByTestId('evaluation-total').getByText('84.0'), 20_000);

    // (8 + 8 + 10 + 8 + 8) / 50 = 84: the agent's trend shows it, in the table and on the chart.
    expect(await averageShown(agent)).toBe('84.0');
    await visible(agent.locator('.recharts-label-list').getByText('84.0'));
  });
});
