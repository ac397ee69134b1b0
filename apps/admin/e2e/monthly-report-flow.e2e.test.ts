import { describe, expect, it, vi } from 'vitest';

// 上月 is November 2026 and its due date (report.monthlyDueDay of December) has not passed: the run
// starts on 3 December in Shanghai, for the API (which inherits the variable) and for every page.
vi.hoisted(() => {
  process.env.SANXIN_TEST_NOW = '2026-12-03T10:00:00+08:00';
});

import { switchUser, visible } from './browser';
import { e2eSession } from './session';

const session = e2eSession({ viewport: { width: 1400, height: 1000 } });

describe('月服务报告', { timeout: 180_000 }, () => {
  it('the leader generates last month’s report, comments every section and submits; the manager signs; the PDF downloads; the report is then read-only', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'leader');
    await page.goto(`${session.baseUrl}/#/reports/monthly`);
    await page.getByRole('button', { name: '生成上月报告' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('input[type="month"]').inputValue()).toBe('2026-11');
    await dialog.getByRole('button', { name: '生成上月报告' }).click();

    const sections = page.locator('[data-testid^="section-"]');
    await visible(sections.first(), 20_000);
    await visible(page.getByText('2026-11 月服务报告 · ', { exact: false }).first());
    const count = await sections.count();
    expect(count).toBe(9);
    for (let index = 0; index < count; index++) {
      const section = sections.nth(index);
      await section
        .locator('textarea')
        .first()
        .fill(`第${index + 1}部分：本月数据正常，𠮷 已逐项核对。`);
      const save = section.getByRole('button', { name: '保存说明' });
      // One save at a time: each answers the next version, which the next save sends.
      const saved = page.waitForResponse(
        (response) => response.url().endsWith('/graphql') && !!response.request().postData()?.includes('updateMonthlyReportCommentary'),
      );
      await save.click();
      expect((await (await saved).json()).errors).toBeUndefined();
      // Saved: the editor starts again from the stored text, so there is nothing to save.
      await expect.poll(() => save.isDisabled(), { timeout: 10_000 }).toBe(true);
    }

    const actions = page.getByTestId('report-actions');
    await actions.getByRole('button', { name: '提交' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /确认/ }).click();
    await visible(page.getByTestId('report-status').getByText('已提交'), 10_000);
    expect(await page.locator('[data-testid^="section-"] textarea').count()).toBe(0);
    const reportUrl = page.url();

    await switchUser(page, session.baseUrl, 'manager');
    await page.goto(reportUrl);
    await visible(page.getByTestId('report-status').getByText('已提交'), 20_000);
    await page.getByTestId('report-actions').getByRole('button', { name: '签发' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /确认/ }).click();
    await visible(page.getByTestId('report-status').getByText('已签发'), 10_000);

    // Read-only from now on: no editor, and 更正 (a new revision) is the only step.
    await visible(page.getByText('第1部分：本月数据正常，𠮷 已逐项核对。'));
    expect(await page.locator('[data-testid^="section-"] textarea').count()).toBe(0);
    expect(await page.getByTestId('report-actions').getByRole('button').allTextContents()).toEqual(['更正（新版本）']);

    const pdfHref = await page.getByRole('link', { name: '下载 PDF' }).getAttribute('href');
    expect(pdfHref).toMatch(/^\/api\/reports\/monthly\/.+\.pdf$/);
    const pdf = await page.request.get(`${session.baseUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // On a phone (390 px) the tables scroll inside their sections, the page itself does not, and the step keeps its name.
    await page.setViewportSize({ width: 390, height: 844 });
    await visible(page.getByTestId('report-actions').getByText('更正（新版本）'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
