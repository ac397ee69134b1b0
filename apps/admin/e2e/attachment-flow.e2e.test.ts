import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newSignedInPage, visible } from './browser';
import { type RunningServer, startServer } from './server';

/** A small real JPEG (96 × 72, a colour gradient): a photo of a defect as far as the API can tell. */
const DEFECT_PHOTO = Buffer.from(
  '/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCABIAGADASIAAhEBAxEB/8QAGAABAQEBAQAAAAAAAAAAAAAAAgMABQf/xAAWEAEBAQAAAAAAAAAAAAAAAAAAAQL/xAAYAQEBAQEBAAAAAAAAAAAAAAAEAgMGBf/EABYRAQEBAAAAAAAAAAAAAAAAAAIAAf/aAAwDAQACEQMRAD8A8+mDmFZg5h7uuwDpTBzCswcwjXJDpTBTC0wcwz1yg6MwcwtMHMI1yQ6MwcwtMHMI1yQ6MwcwtMHMI1yQ7jzBzC0wcw213DB0Zg5haYOYRrkh0Zg5haYKYRrkh0pg5hWYOYRrkh0pg5hWYOYRrkh0Zg5haYOYRrlB3HmDmFpg5htruFDozBzC0wcwjXJDozBzC0wcwjXKDozBzC0wcwjXJDozBzC0wcwjXJDozBzC0wUwjXJDuRMHMKzBzDbXcMHSmDmFZg5hGuSHSmCmFpg5hGuSHRmDmFpg5hGuSHRmDmFpg5hGuSHRmDmFpg5hGuUHceYOYZiN24cbs5g5hmRuyRuzmDmGZG7JG7OYOYZme7KG7OYOYZkbskbs5gphmRuyRu3/2Q==',
  'base64',
);

let server: RunningServer;
let browser: Browser;
let page: Page;
const filesDir = mkdtempSync(join(tmpdir(), 'sanxin-e2e-files-'));

beforeAll(async () => {
  server = await startServer({ FILES_DIR: filesDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(filesDir, { recursive: true, force: true });
});

describe('attachments in the real console against the real API', () => {
  it('lets an agent attach a photo of a defect to a complaint and shows its thumbnail', async () => {
    page = await newSignedInPage(browser, server.baseUrl, 'agent');
    const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query: '{ complaints(filter: { mine: true }) { items { id } } }' } });
    const [complaint] = (await response.json()).data.complaints.items as { id: string }[];
    expect(complaint, 'the demo data gives the agent complaints of their own').toBeDefined();

    await page.goto(`${server.baseUrl}/#/complaints/${complaint.id}/show`);
    const panel = page.getByRole('region', { name: '附件' });
    await visible(panel.getByRole('button', { name: '上传附件' }));
    await panel.locator('input[type="file"]').setInputFiles({ name: '产品缺陷照片.jpg', mimeType: 'image/jpeg', buffer: DEFECT_PHOTO });

    await visible(page.getByText('已上传 产品缺陷照片.jpg'));
    const thumbnail = panel.getByRole('img', { name: '产品缺陷照片.jpg' });
    await visible(thumbnail);
    // The thumbnail really loaded (the browser decoded the JPEG the API made), through the session cookie.
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBe(96);
    await expect(panel.getByRole('link', { name: '产品缺陷照片.jpg' }).getAttribute('href')).resolves.toMatch(/^\/api\/attachments\/[\w-]+$/);
  });
});
