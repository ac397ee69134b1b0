import type { Locator, Page } from 'playwright-core';
import { visible } from './browser';

/** Clicks a step button, fills its dialog (workflow/ActionDialog) and confirms; the dialog closes when the API agreed. */
export async function runStep(page: Page, label: string, fill: (scope: Locator) => Promise<void> = async () => undefined, scope: Locator | Page = page) {
  const dialog = page.getByRole('dialog');
  await scope.getByRole('button', { name: label, exact: true }).click();
  await visible(dialog);
  await fill(dialog);
  await dialog.getByRole('button', { name: '确认' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 10_000 });
}

/** Picks an option of a select field in `scope`. */
export async function chooseOption(page: Page, scope: Locator, label: string | RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
