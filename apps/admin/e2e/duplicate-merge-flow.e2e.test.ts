import { describe, expect, it } from 'vitest';
import { signInOn, switchUser, visible } from './browser';
import { e2eSession } from './session';

const e2e = e2eSession({ viewport: { width: 1400, height: 900 } });

/** Issue 8 point 6 across pages: the warning on the form, the customer it links to, the merge, the undo. */
describe('duplicate customers: warned while filling, merged by the manager, undone the same day', () => {
  let pair: Array<{ id: string; name: string; company: string }>;

  it('an agent filing a customer already on file is warned, with a link to it', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/`);
    await signInOn(e2e.page, 'agent');
    // The demo data's likely duplicates: two live customers with the same name and company.
    const { customers } = await e2e.graphql<{ customers: { items: Array<{ id: string; name: string; company: string | null; createdAt: string }> } }>(
      '{ customers(filter: { kind: COMPANY }, page: { limit: 200 }) { items { id name company createdAt } } }',
    );
    const byName = new Map<string, typeof customers.items>();
    for (const c of customers.items) if (c.company) byName.set(`${c.name}|${c.company}`, [...(byName.get(`${c.name}|${c.company}`) ?? []), c]);
    pair = ([...byName.values()].find((group) => group.length === 2) ?? []) as typeof pair;
    expect(pair).toHaveLength(2);

    await e2e.page.goto(`${e2e.baseUrl}/#/customers/create`);
    await e2e.page.locator('[name="name"]').fill(pair[0].name);
    await e2e.page.locator('[name="company"]').fill(pair[0].company);
    const warning = e2e.page.getByTestId('duplicate-warning');
    await visible(warning);
    expect(await warning.textContent()).toContain('已有名称和单位相同的客户');
    const link = warning.getByRole('link', { name: '查看' }).first();
    expect(await link.getAttribute('href')).toMatch(/#\/customers\/[^/]+\/show/);
  });

  it('the department manager merges the duplicate into the customer kept, and undoes it the same day', async () => {
    await switchUser(e2e.page, e2e.baseUrl, 'manager');
    const [kept, duplicate] = pair;
    await e2e.page.goto(`${e2e.baseUrl}/#/customers/${encodeURIComponent(duplicate.id)}/show`);
    await e2e.page.getByRole('button', { name: '合并重复客户' }).click();
    const dialog = e2e.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '保留的客户' }).click();
    await e2e.page.getByRole('option').filter({ hasText: kept.name }).first().waitFor();
    // Both have the same name: pick the one kept by its id, through the list order the API gives.
    const options = e2e.page.getByRole('option').filter({ hasText: kept.name });
    await options.first().click();
    await dialog.getByRole('button', { name: '合并' }).click();
    // The console goes to the customer kept.
    await e2e.page.waitForURL((url) => url.hash.includes(`/customers/${encodeURIComponent(kept.id)}/show`));
    const history = e2e.page.getByTestId('merge-history');
    await visible(history);
    expect(await history.textContent()).toContain('由此合并');

    const archived = await e2e.graphql<{ customer: { id: string } | null }>('query($id: ID!) { customer(id: $id) { id } }', { id: duplicate.id });
    expect(archived.customer).toBeNull();

    await history.getByRole('button', { name: '撤销合并' }).click();
    await visible(e2e.page.getByText('已撤销合并').first());
    const restored = await e2e.graphql<{ customer: { id: string } | null }>('query($id: ID!) { customer(id: $id) { id } }', { id: duplicate.id });
    expect(restored.customer?.id).toBe(duplicate.id);
  });
});
