import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, Edit, HttpError, memoryStore, SimpleForm, TextInput, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { clashingFields, ConflictToolbar } from './ConflictToolbar';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from './useSaveErrorHandler';

describe('which fields a conflict asks about', () => {
  const original = { industry: '物流', notes: '', tier: 'B', tags: ['重点'], version: 2 };

  it('only those the user changed and the other person saved differently', () => {
    const typed = { industry: '冷链物流', notes: '我的备注', tier: 'A', tags: ['重点', '新'] };
    const dirty = { industry: true, notes: true, tier: true, tags: true };
    const latest = { industry: '仓储', notes: '我的备注', tier: 'B', tags: ['重点'], version: 3 };
    expect(clashingFields(typed, dirty, original, latest)).toEqual(['industry']);
  });

  it('none when the other person changed only fields the user left alone', () => {
    expect(clashingFields({ ...original, industry: '冷链物流', notes: '同事的备注' }, { industry: true }, original, { ...original, notes: '同事的备注', version: 3 })).toEqual([]);
  });
});

/** An edit page as the console builds them (CustomerEdit), on a record a colleague changed meanwhile. */
function renderStaleEditForm() {
  const opened = { id: 'c1', industry: '物流', address: '杭州', version: 1 };
  const latest = { id: 'c1', industry: '仓储', address: '杭州', version: 2 };
  let reads = 0;
  const update = vi.fn(async () => {
    throw new HttpError('该记录已被他人修改', 409, { code: 'CONFLICT' });
  });
  const dataProvider = testDataProvider({
    getOne: async () => ({ data: reads++ === 0 ? opened : latest }) as never,
    update: update as never,
  });
  const EditPage = () => (
    <Edit resource="customers" id="c1" mutationMode="pessimistic" mutationOptions={useSaveErrorHandler()} redirect="show">
      <SimpleForm toolbar={<ConflictToolbar />} resetOptions={KEEP_TYPED_VALUES}>
        <TextInput source="industry" />
        <TextInput source="address" />
      </SimpleForm>
    </Edit>
  );
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <EditPage />
    </AdminContext>,
  );
  return { update };
}

describe('a version conflict on save', () => {
  // Enter in a one-line field submits the form without the save button: it once skipped the dialog
  // (only a "modified by someone else" notice) and a second Enter overwrote the colleague's value.
  it.each([
    ['the save button', (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: '保存' }))],
    ['Enter in a field', (user: ReturnType<typeof userEvent.setup>) => user.type(screen.getByLabelText('行业'), '{Enter}')],
  ])('opens the conflict dialog when saved with %s', async (_how, submit) => {
    const user = userEvent.setup();
    const { update } = renderStaleEditForm();
    const industry = await screen.findByLabelText('行业');
    await screen.findByDisplayValue('物流');
    await user.clear(industry);
    await user.type(industry, '冷链物流');
    await submit(user);

    const dialog = await screen.findByRole('dialog', { name: '该记录已被他人修改' });
    expect(update).toHaveBeenCalledTimes(1);
    const row = dialog.querySelector('tr[data-field="industry"]') as HTMLElement;
    expect(within(row).getByText('仓储')).toBeInTheDocument();
    expect(within(row).getByText('冷链物流')).toBeInTheDocument();
  });
});
