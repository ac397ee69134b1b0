import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, memoryStore, Notification, RecordContextProvider, testDataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import type { AttachmentList } from './attachmentQueries';
import { AttachmentsPanel } from './AttachmentsPanel';

const photo = {
  id: 'a1',
  version: 1,
  name: '缺陷照片.jpg',
  contentType: 'image/jpeg',
  size: 245_760,
  url: '/api/attachments/a1',
  thumbnailUrl: '/api/attachments/a1/thumbnail',
  createdAt: '2026-11-25T02:00:00.000Z',
  uploadedBy: { id: 's1', name: '王丽' },
};
const letter = { ...photo, id: 'a2', name: '来函.pdf', contentType: 'application/pdf', size: 800, url: '/api/attachments/a2', thumbnailUrl: null };

function renderPanel(list: AttachmentList) {
  const attachmentsOf = vi.fn(async () => list);
  const workflow = vi.fn(async () => true);
  const settings = vi.fn(async () => []);
  render(
    <AdminContext dataProvider={{ ...testDataProvider(), attachmentsOf, workflow, settings }} i18nProvider={i18nProvider} store={memoryStore()}>
      <RecordContextProvider value={{ id: 'c1', version: 3 }}>
        <AttachmentsPanel ownerType="COMPLAINT" />
      </RecordContextProvider>
      <Notification />
    </AdminContext>,
  );
  return { attachmentsOf, workflow };
}

afterEach(() => vi.unstubAllGlobals());

describe('attachments panel', () => {
  it('lists the files with a thumbnail for images and a download link for each', async () => {
    const { attachmentsOf } = renderPanel({ canAttach: true, attachments: [photo, letter] });
    const panel = await screen.findByRole('region', { name: '附件' });
    expect(attachmentsOf).toHaveBeenCalledWith('COMPLAINT', 'c1');
    expect(within(panel).getByText('附件 (2)')).toBeInTheDocument();
    expect(within(panel).getByRole('img', { name: '缺陷照片.jpg' })).toHaveAttribute('src', '/api/attachments/a1/thumbnail');
    expect(within(panel).getByRole('link', { name: '来函.pdf' })).toHaveAttribute('href', '/api/attachments/a2');
    expect(within(panel).getByText(/240\.0 KB · 王丽 上传/)).toBeInTheDocument();
  });

  it('deletes a file with its version', async () => {
    const { workflow } = renderPanel({ canAttach: true, attachments: [photo] });
    fireEvent.click(await screen.findByRole('button', { name: '删除 缺陷照片.jpg' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('deleteAttachment', { id: 'a1', version: 1 }));
  });

  it('offers neither upload nor delete to a viewer who may only read', async () => {
    renderPanel({ canAttach: false, attachments: [photo] });
    const panel = await screen.findByRole('region', { name: '附件' });
    expect(within(panel).queryByRole('button')).toBeNull();
    expect(within(panel).getByText(/只能查看/)).toBeInTheDocument();
  });

  it('uploads a chosen photo with the CSRF header, then shows the list again', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    const { attachmentsOf } = renderPanel({ canAttach: true, attachments: [] });
    const input = await screen.findByLabelText('上传附件', { selector: 'input' });
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0xff, 0xd8, 0xff])], '现场.jpg', { type: 'image/jpeg' })] } });
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/attachments?ownerType=COMPLAINT&ownerId=c1');
    expect(init.headers).toEqual({ 'X-Sanxin-CSRF': '1' });
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
    await waitFor(() => expect(attachmentsOf).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('已上传 现场.jpg')).toBeInTheDocument();
  });

  it('refuses a file type before sending it, and says why a server refusal happened', async () => {
    const refusal = { errors: [{ message: 'Invalid input: file', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'file', code: 'fileContentMismatch', params: null }] } }] };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(refusal), { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    renderPanel({ canAttach: true, attachments: [] });
    const input = await screen.findByLabelText('上传附件', { selector: 'input' });
    fireEvent.change(input, { target: { files: [new File(['MZ'], 'setup.exe')] } });
    expect(await screen.findByText(/setup\.exe 未上传：不支持此类文件/)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { files: [new File(['<html>'], '照片.jpg')] } });
    expect(await screen.findByText(/照片\.jpg 未上传：文件内容与其类型不符/)).toBeInTheDocument();
  });
});
