/** Uploads for the import tests: `POST /api/imports` as the console sends it (multipart, the session token, the CSRF header). */
export async function uploadImport(
  baseUrl: string,
  token: string | null,
  kind: string,
  file: { name: string; bytes: Buffer | string },
  headers: Record<string, string> = { 'X-Sanxin-CSRF': '1' },
): Promise<{ status: number; body: Record<string, any> }> {
  const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : file.bytes;
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), file.name);
  const response = await fetch(`${baseUrl}/api/imports?kind=${kind}`, {
    method: 'POST',
    body: form,
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** CSV lines from cells (quoted where needed), CRLF as Excel writes them. */
export function csvOf(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `${rows.map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;
}

export const JOB = `query($id: ID!, $status: [ImportRowStatus!], $page: PageInput) {
  importJob(id: $id) {
    id version kind status fileName totalRows validCount invalidCount duplicateCount importedCount availableActions createdBy { username }
    rows(status: $status, page: $page) {
      total pageInfo { hasNextPage }
      items { rowNumber status matchRow errors { path code params } values { field value }
        customer { id name } contract { id number } duplicateOfCustomer { id name } duplicateOfContract { id number } }
    }
  }
}`;
export const RUN = `mutation($id: ID!, $version: Int!) { runImport(id: $id, version: $version) { id version status importedCount availableActions } }`;
export const CANCEL = `mutation($id: ID!, $version: Int!) { cancelImport(id: $id, version: $version) { id version status availableActions } }`;
