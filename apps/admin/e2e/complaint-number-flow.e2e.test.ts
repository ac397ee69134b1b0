import { describe, expect, it } from 'vitest';
import { signInOn, visible } from './browser';
import { e2eSession } from './session';

const e2e = e2eSession({ viewport: { width: 1400, height: 900 } });

/** Issue 8 point 3 across pages: a complaint's number in the list and search, picked in the handover form, shown in the handover log. */
describe('complaint numbers from the list to the handover log', () => {
  let number: string;

  it('the list shows numbers and the search finds one', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/`);
    await signInOn(e2e.page, 'leader');
    const { complaints } = await e2e.graphql<{ complaints: { items: Array<{ id: string; number: string }> } }>('{ complaints(filter: { open: true }, page: { limit: 1 }) { items { id number } } }');
    number = complaints.items[0].number;
    expect(number).toMatch(/^TS-\d{8}-\d{4}$/);
    await e2e.page.goto(`${e2e.baseUrl}/#/complaints`);
    await visible(e2e.page.getByRole('columnheader', { name: '投诉编号' }));
    await e2e.page.locator('[name="q"]').fill(number.replaceAll('-', '').toLowerCase());
    await visible(e2e.page.getByRole('cell', { name: number }));
  });

  it('the shift leader picks it by number in the handover form; the log lists it by number', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/#/handoverLogs/create`);
    await e2e.page.getByRole('combobox', { name: /交班班次/ }).click();
    await e2e.page.getByRole('option').first().click();
    await e2e.page.getByRole('textbox', { name: /设备状态/ }).fill('3 号坐席耳麦故障，已报修');
    const cases = e2e.page.getByRole('combobox', { name: /未结疑难投诉/ });
    await cases.fill(number.slice(-4));
    await e2e.page.getByRole('option', { name: new RegExp(number) }).click();
    await e2e.page.getByRole('button', { name: '保存' }).click();
    await e2e.page.waitForURL(/#\/handoverLogs$/);
    const link = e2e.page.getByRole('link', { name: number }).first();
    await visible(link);
    await link.click();
    await e2e.page.waitForURL(/#\/complaints\/[^/]+\/show/);
    await visible(e2e.page.getByText(number).first());
  });
});
