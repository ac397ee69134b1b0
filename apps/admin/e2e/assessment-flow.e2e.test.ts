import { describe, expect, it } from 'vitest';
import { switchUser, visible } from './browser';
import { e2eSession } from './session';

const session = e2eSession({ viewport: { width: 1400, height: 1000 } });
const REASON = '协助处理“双十一”重大投诉，表现突出（经部门会议决定）';

interface AssessmentFigures {
  monthlyAssessments: {
    items: { id: string; month: string; status: string; computedScore: number; adjustedScore: number | null; adjustmentReason: string | null; score: number }[];
  };
}

describe('月考核', () => {
  it('the manager computes last month, adjusts one with a reason and confirms it; the agent sees their own', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'manager');
    await page.goto(`${session.baseUrl}/#/assessments`);
    // The demo computed last month for every agent; computing again changes none of them.
    const zhang = page.locator('tr', { has: page.getByRole('button', { name: '张思远 的考核明细' }) });
    await visible(zhang, 20_000);
    await page.getByRole('button', { name: '计算本月考核' }).click();
    await visible(page.getByText(/计算完成：新增 0 条，更新 0 条，未变 \d+ 条/), 20_000);

    // The figures behind the parts, on expanding the row.
    await page.getByRole('button', { name: '张思远 的考核明细' }).click();
    await visible(page.getByText(/按时 \d+ \/ 应回访 \d+/).first());

    await zhang.getByRole('button', { name: '调整' }).click();
    const adjust = page.getByRole('dialog');
    await adjust.getByLabel('调整后得分').fill('95');
    await adjust.getByRole('button', { name: '保存' }).click();
    await visible(adjust.getByText('必填'));
    await adjust.getByLabel('调整原因').fill(REASON);
    await adjust.getByRole('button', { name: '保存' }).click();
    await visible(page.getByText('考核得分已调整'), 15_000);
    await expect.poll(() => zhang.locator('[data-column="score"]').textContent()).toBe('95');

    await zhang.getByRole('button', { name: '认定' }).click();
    const confirm = page.getByRole('dialog');
    await visible(confirm.getByText(/认定后得分 95 即为最终结果/));
    await confirm.getByRole('button', { name: '认定' }).click();
    await visible(page.getByText('考核已认定'), 15_000);
    await visible(zhang.getByText('已认定'));
    expect(await zhang.getByRole('button', { name: '调整' }).count()).toBe(0);
    expect(await zhang.getByRole('button', { name: '认定' }).count()).toBe(0);

    // The agent: only their own, confirmed at 95 with the reason; on a phone, one card per month, no wider than the screen.
    await switchUser(page, session.baseUrl, 'agent');
    const { monthlyAssessments } = await session.graphql<AssessmentFigures>(
      '{ monthlyAssessments(filter: { mine: true }) { items { id month status computedScore adjustedScore adjustmentReason score } } }',
    );
    expect(monthlyAssessments.items).toHaveLength(1);
    expect(monthlyAssessments.items[0]).toMatchObject({ status: 'CONFIRMED', adjustedScore: 95, adjustmentReason: REASON, score: 95 });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.baseUrl}/#/my-assessment`);
    const card = page.locator(`[data-assessment-id="${monthlyAssessments.items[0].id}"]`);
    await visible(card, 20_000);
    await visible(card.getByText('已认定'));
    await visible(card.getByText(REASON, { exact: false }));
    expect(await card.locator('[data-column="score"] strong').textContent()).toBe('95');
    expect(await page.getByRole('button', { name: '认定' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
