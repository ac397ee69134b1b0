import { gql } from '@apollo/client';
import type { ImportKind } from '@sanxin/domain';
import type { CancelImportMutation, ImportJobScreenQuery, ImportJobsScreenQuery, RunImportMutation } from '../graphql/generated';
import type { GraphQLErrorLike } from '../providers/graphqlErrors';
import type { Run } from '../providers/operations';

export type ImportJobListItem = ImportJobsScreenQuery['importJobs']['items'][number];
export type ImportJobView = NonNullable<ImportJobScreenQuery['importJob']>;
export type ImportRowView = ImportJobView['rows']['items'][number];

const JOB_FIELDS = gql`
  fragment ImportJobFields on ImportJob {
    id version kind status fileName totalRows validCount invalidCount duplicateCount importedCount createdAt finishedAt availableActions createdBy { id name }
  }
`;

export const IMPORT_JOBS = gql`
  query importJobsScreen($page: PageInput) {
    importJobs(page: $page) { total items { ...ImportJobFields } }
  }
  ${JOB_FIELDS}
`;

export const IMPORT_JOB = gql`
  query importJobScreen($id: ID!, $status: [ImportRowStatus!], $page: PageInput) {
    importJob(id: $id) {
      ...ImportJobFields
      rows(status: $status, page: $page) {
        total
        items {
          rowNumber status matchRow
          errors { path code params }
          values { field value }
          customer { id name }
          contract { id number }
          duplicateOfCustomer { id name }
          duplicateOfContract { id number }
        }
      }
    }
  }
  ${JOB_FIELDS}
`;

const RUN_IMPORT = gql`
  mutation runImport($id: ID!, $version: Int!) { runImport(id: $id, version: $version) { ...ImportJobFields } }
  ${JOB_FIELDS}
`;

const CANCEL_IMPORT = gql`
  mutation cancelImport($id: ID!, $version: Int!) { cancelImport(id: $id, version: $version) { ...ImportJobFields } }
  ${JOB_FIELDS}
`;

/** Rows shown per page of a job. */
export const ROWS_PER_PAGE = 100;

export interface ImportMethods {
  importJobs(): Promise<ImportJobListItem[]>;
  importJob(id: string, page: number, status?: string[] | null): Promise<ImportJobView | null>;
  runImport(id: string, version: number): Promise<unknown>;
  cancelImport(id: string, version: number): Promise<unknown>;
}

export function importMethods(run: Run): ImportMethods {
  return {
    importJobs: async () => (await run<ImportJobsScreenQuery>('query', IMPORT_JOBS, { page: { limit: 50 } })).importJobs.items,
    importJob: async (id, page, status) =>
      (await run<ImportJobScreenQuery>('query', IMPORT_JOB, { id, status: status?.length ? status : null, page: { limit: ROWS_PER_PAGE, offset: page * ROWS_PER_PAGE } })).importJob ?? null,
    runImport: async (id, version) => (await run<RunImportMutation>('mutation', RUN_IMPORT, { id, version })).runImport,
    cancelImport: async (id, version) => (await run<CancelImportMutation>('mutation', CANCEL_IMPORT, { id, version })).cancelImport,
  };
}

/** An upload the server refused: its GraphQL-shaped error. */
export class ImportUploadError extends Error {
  constructor(readonly status: number, readonly error: GraphQLErrorLike | undefined) {
    super(error?.message ?? `upload failed (${status})`);
  }
}

/** `POST /api/imports`: the file as multipart with the session cookie and the CSRF header; answers the dry run's job id. */
export async function uploadImport(kind: ImportKind, file: File, fetchImpl: typeof fetch = fetch): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetchImpl(`/api/imports?kind=${kind}`, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'X-Sanxin-CSRF': '1' } });
  const body = (await response.json().catch(() => null)) as { id?: string; errors?: GraphQLErrorLike[] } | null;
  if (response.ok && body?.id) return { id: body.id };
  throw new ImportUploadError(response.status, body?.errors?.[0]);
}
