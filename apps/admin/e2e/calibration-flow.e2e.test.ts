import { describe, expect, it } from 'vitest';
import { switchUser, visible } from './browser';
import { e2eSession } from './session';

// A phone's width: the inspector scores from the QA room's tablet or their phone.
const session = e2eSession({ viewport: { width: 390, height: 844 } });
const TOPIC = '开场白是否规范、是否复述客户诉求';

describe('质检校准 in the console', () => {
  it('the inspector scores blind at 390 px, the manager reveals the spread and records the agreed scores', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'qa');
    const { calibrationSessions } = await session.graphql<{ calibrationSessions: { items: { id: string; topic: string }[] } }>(
      '{ calibrationSessions(filter: { awaitingMe: true }) { items { id topic } } }',
    );
    const open = calibrationSessions.items.find((s) => s.topic === TOPIC);
    expect(open).toBeDefined();

    await page.goto(`${session.baseUrl}/#/calibrationSessions/${open?.id}/show`);
    const form = page.getByRole('region', { name: '我的背对背评分' });
    await visible(form, 20_000);
    // The director has scored, but nothing of it shows before the reveal.
    await visible(page.getByText('已有 1/2 人提交评分，揭晓前所有人的评分均不可见'));
    expect(await page.getByRole('region', { name: '各评分项分歧' }).count()).toBe(0);
    const scores: [string, string][] = [
      ['服务用语', '8'],
      ['服务态度', '9'],
      ['语气语调', '8'],
      ['需求归纳能力', '9'],
      ['应变能力', '7'],
    ];
    for (const [label, score] of scores) await form.getByLabel(new RegExp(label)).fill(score);
    await form.getByRole('button', { name: '提交我的评分' }).click();
    await visible(page.getByText('已有 2/2 人提交评分，揭晓前所有人的评分均不可见'), 15_000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await switchUser(page, session.baseUrl, 'manager');
    await page.goto(`${session.baseUrl}/#/calibrationSessions/${open?.id}/show`);
    await page.getByRole('button', { name: '揭晓评分' }).click();
    const table = page.getByRole('region', { name: '各评分项分歧' });
    await visible(table, 15_000);
    // The director gave 5 for 需求归纳能力 and the inspector 9: beyond the 20 % tolerance.
    const needs = table.locator('tr[data-disagrees="true"]');
    expect(await needs.count()).toBe(1);
    await visible(needs.getByText('需求归纳能力'));

    const agree = page.getByRole('region', { name: '确定一致评分' });
    await agree.getByLabel('如何达成一致').fill('回听录音：坐席复述了型号但未复述故障现象，需求归纳按 7 分计𠮷');
    await agree.getByRole('button', { name: '确定一致评分' }).click();
    // exact: the form's own name, 确定一致评分, contains it too.
    const agreed = page.getByRole('region', { name: '一致评分', exact: true });
    await visible(agreed, 15_000);
    await visible(agreed.getByText('需求归纳能力 7'));

    const { calibrationSession } = await session.graphql<{ calibrationSession: { status: string; agreedScores: { dimension: string; score: number }[] } }>(
      'query($id: ID!) { calibrationSession(id: $id) { status agreedScores { dimension score } } }',
      { id: open?.id },
    );
    expect(calibrationSession.status).toBe('AGREED');
    expect(calibrationSession.agreedScores.find((s) => s.dimension === 'NEEDS_SUMMARY')?.score).toBe(7);
  });
});
