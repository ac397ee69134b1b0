import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestPage, signInOn, visible } from './browser';
import { e2eSession } from './session';

/**
 * The agent's main flows (register a complaint from the keyboard, find it by its number, open it;
 * find a customer, edit a field, see it saved) on a desktop screen and on a 390 × 844 phone, where
 * no page on the way may be wider than the screen.
 */

const e2e = e2eSession();

const SCREENS: Array<[string, BrowserContextOptions & { viewport: { width: number; height: number } }]> = [
  ['a 1400 × 900 desktop', { viewport: { width: 1400, height: 900 } }],
  ['a 390 × 844 phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
];

describe.each(SCREENS)('the agent on %s', (screen, options) => {
  const run = `${process.pid}${options.viewport.width}`;
  const customerName = `手机流程客户${run}`;
  const phone = `137${run.padStart(8, '0').slice(-8)}`;
  const description = `冷柜压缩机异响，夜间尤其明显（${screen}）`;
  let page: Page;
  let complaintId: string;
  let customerId: string;

  beforeAll(async () => {
    // The session's GraphQL calls go with this page's cookie: the agent's.
    e2e.page = await newTestPage(e2e.browser, options);
    page = e2e.page;
  });

  afterAll(async () => {
    await page?.context().close();
  });

  /** After the page's queries settle: the document is no wider than the screen (no sideways scrolling); else which elements stick out. */
  async function fitsTheScreen(where: string) {
    await page.waitForLoadState('networkidle');
    const { width, beyond } = await page.evaluate((screenWidth) => {
      // The innermost elements past the edge (what widened the page), not the fixed layers that followed it.
      const past = (element: Element) => element.getBoundingClientRect().right > screenWidth + 1 && getComputedStyle(element).position !== 'fixed';
      const outside = [...document.querySelectorAll('body *')]
        .filter((element) => past(element) && ![...element.children].some(past))
        .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ').slice(0, 2).join('.')} "${(element.textContent ?? '').slice(0, 30)}"`);
      return { width: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), beyond: outside.slice(0, 6) };
    }, options.viewport.width);
    expect(width, `${where} is ${width} px wide: ${beyond.join(', ')}`).toBeLessThanOrEqual(options.viewport.width);
  }

  /** A list's record, found by `q`: a table row on a desktop, a card on a phone; either opens its show page. */
  async function openFromList(resource: string, search: string, shownText: string | RegExp) {
    await page.goto(`${e2e.baseUrl}/#/${resource}`);
    await page.locator('[name="q"]').fill(search);
    // The search applies after a pause (the filter lands in the address): an entry found before would be replaced under the click.
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes(`"q":"${search}"`));
    await page.waitForLoadState('networkidle');
    const entry = page.locator('#main-content').getByText(shownText).first();
    await visible(entry, 15_000);
    await fitsTheScreen(`the ${resource} list`);
    await entry.click();
    await page.waitForURL(new RegExp(`#/${resource}/[^/]+/show`));
  }

  it('signs in', async () => {
    await page.goto(`${e2e.baseUrl}/`);
    await fitsTheScreen('the sign-in page');
    await signInOn(page, 'agent');
    await fitsTheScreen('the dashboard');
    // The agent's own caller, on file before the call.
    const { createCustomer } = await e2e.graphql<{ createCustomer: { id: string } }>(
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { kind: 'INDIVIDUAL', name: customerName, phone } },
    );
    customerId = createCustomer.id;
  });

  it('registers a complaint from the keyboard', async () => {
    await page.goto(`${e2e.baseUrl}/#/complaints/create`);
    const lookup = page.getByRole('combobox', { name: /客户/ }).first();
    await expect.poll(() => lookup.evaluate((element) => element === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type(phone.slice(3, 10));
    const option = page.getByRole('option').filter({ hasText: customerName });
    await visible(option);
    await option.click();
    await page.getByLabel('焦急').check();
    await page.getByLabel('一般').check();
    await page.getByRole('combobox', { name: '投诉类别' }).fill('质量');
    await page.getByRole('option', { name: '质量', exact: true }).click();
    await page.locator('[name="description"]').fill(description);
    await page.locator('[name="customerRequest"]').fill('上门检修');
    await fitsTheScreen('the complaint form');
    await page.locator('[name="batchNumber"]').fill('B20261201');
    await page.locator('[name="batchNumber"]').press('Enter');
    await page.waitForURL(/#\/complaints\/[^/]+\/show/, { timeout: 15_000 });
    complaintId = decodeURIComponent(page.url().match(/#\/complaints\/([^/]+)\/show/)?.[1] ?? '');
    await visible(page.getByText(description));
    await fitsTheScreen('the new complaint');
  });

  it('finds it in the list by its number and opens it', async () => {
    const { complaint } = await e2e.graphql<{ complaint: { number: string } }>('query ($id: ID!) { complaint(id: $id) { number } }', { id: complaintId });
    expect(complaint.number).toMatch(/^TS-\d{8}-\d{4}$/);
    await openFromList('complaints', complaint.number, new RegExp(complaint.number));
    expect(decodeURIComponent(page.url())).toContain(`/complaints/${complaintId}/show`);
    await visible(page.getByText(description));
    await fitsTheScreen('the complaint opened from the list');
  });

  it('finds the customer in the list, edits a field and sees it saved', async () => {
    await openFromList('customers', customerName, customerName);
    expect(decodeURIComponent(page.url())).toContain(`/customers/${customerId}/show`);
    await fitsTheScreen('the customer');
    await page.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(/#\/customers\/[^/]+$/);
    const industry = page.locator('[name="industry"]');
    await visible(industry);
    await fitsTheScreen('the customer form');
    await industry.fill('餐饮连锁');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/customers\/[^/]+\/show/);
    await visible(page.getByText('餐饮连锁'));
    await fitsTheScreen('the customer saved');
    const { customer } = await e2e.graphql<{ customer: { industry: string } }>('query ($id: ID!) { customer(id: $id) { industry } }', { id: customerId });
    expect(customer.industry).toBe('餐饮连锁');
  });
});
