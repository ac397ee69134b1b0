import { describe, expect, it } from 'vitest';
import { switchUser, testNow, visible } from './browser';
import { e2eSession } from './session';

const session = e2eSession({ viewport: { width: 1400, height: 1000 } });

/** The 15th of the month before `now`: the demo's evaluations are in the three months before this one. */
function dayOfLastMonth(now: Date): string {
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
  return lastMonth.toISOString().slice(0, 10);
}

interface PlanFigures {
  trainingPlan: {
    topic: string;
    dimension: string | null;
    agentIds: string[];
    sourcePeriodKind: string | null;
    sourcePeriodStart: string | null;
    status: string;
  };
}

describe('质检汇总', () => {
  it('QA reads last month against the month before and plans a training from it, prefilled', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'qa');
    await page.goto(`${session.baseUrl}/#/quality-summary`);
    // The menu, open on the desktop, is a drawer over the page on a phone: closed first.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '月' }).click();
    const day = dayOfLastMonth(testNow());
    await page.getByLabel('日期').fill(day);
    await visible(page.getByText(`${day.slice(0, 7)}-01 至`), 20_000);
    expect(Number(await page.getByTestId('summary-evaluations').textContent())).toBeGreaterThan(0);
    await visible(page.getByRole('img', { name: '各维度本期与上期平均分' }));
    const dimensions = page.getByRole('table', { name: '各维度平均分（得分率）' });
    await visible(dimensions.getByText('服务用语'));
    const lowest = page.getByRole('list', { name: '最低分项目' }).getByRole('link').first();
    expect(await lowest.getAttribute('href')).toMatch(/^#\/qualityEvaluations\/[^/]+\/show$/);

    await page.getByRole('button', { name: '制定培训计划' }).click();
    const topic = page.getByLabel('培训主题');
    await visible(topic, 20_000);
    const drafted = await topic.inputValue();
    expect(drafted).toMatch(/专项培训$/);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/trainingPlans\/[^/]+\/show$/, { timeout: 20_000 });
    const id = decodeURIComponent(page.url().split('/trainingPlans/')[1].split('/')[0]);
    const { trainingPlan } = await session.graphql<PlanFigures>(
      'query ($id: ID!) { trainingPlan(id: $id) { topic dimension agentIds sourcePeriodKind sourcePeriodStart status } }',
      { id },
    );
    expect(trainingPlan).toMatchObject({ topic: drafted, status: 'PLANNED', sourcePeriodKind: 'MONTH', sourcePeriodStart: `${day.slice(0, 7)}-01` });
    expect(trainingPlan.dimension).not.toBeNull();
    expect(trainingPlan.agentIds.length).toBeGreaterThan(0);
    await visible(page.getByRole('button', { name: '记录培训' }));

    // On a phone: the summary's filters stack, its dimensions are cards, the plans a card list; nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.baseUrl}/#/trainingPlans`);
    await visible(page.getByText(drafted).first(), 20_000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // (The menu, open on the desktop, stays open as a drawer over the page: its content is found by locator, not by role.)
    await page.goto(`${session.baseUrl}/#/quality-summary`);
    await visible(page.getByTestId('summary-evaluations'), 20_000);
    expect(await page.locator('table[aria-label="各维度平均分（得分率）"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
