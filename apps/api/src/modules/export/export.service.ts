import { ROLES, scopeOf } from '@sanxin/domain';
import { execute, type GraphQLError, type GraphQLSchema } from 'graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { AppError, badUserInput } from '../../shared/errors';
import { EXPORT_ROW_LIMIT } from '../../shared/csv';
import { assertCan } from '../../shared/viewer';
import { recordExport } from '../audit';
import { csvFile, type ExportRow, MIME_TYPES, xlsxFile } from './export-file';
import type { ExportFile, ExportListInput } from './export.inputs';
import { exportableList, listDocument, piiGrantsOf, resourceOfType, resolveColumns, takes } from './export-lists';

/** The page size of the list's own paging while exporting (the API's largest). */
const PAGE_SIZE = 200;

const hasExportGrant = (resource: NonNullable<ReturnType<typeof resourceOfType>>) => ROLES.some((role) => scopeOf(role, resource, 'export') !== false);

function parseFilter(text: string | null | undefined): Record<string, unknown> | null {
  if (text == null || text.trim() === '') return null;
  try {
    const filter: unknown = JSON.parse(text);
    if (filter !== null && typeof filter === 'object' && !Array.isArray(filter)) return filter as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw badUserInput([{ rule: 'invalidJson', field: 'filter' }]);
}

/** A list's own error (FORBIDDEN, BAD_USER_INPUT invalidCursor …) as it is; GraphQL's refusal of a variable as BAD_USER_INPUT on that input. */
function listError(error: GraphQLError): Error {
  if (error.originalError instanceof AppError) return error.originalError;
  if (error.extensions?.code && error.extensions.code !== 'INTERNAL_SERVER_ERROR') return error;
  const variable = /"\$(filter|sort)"/.exec(error.message)?.[1];
  if (variable) return badUserInput([{ rule: 'invalid', field: variable, params: { reason: error.message.slice(0, 300) } }]);
  return error.originalError ?? error;
}

/**
 * Any list as CSV or Excel: the list's own query run through the schema as the viewer (so the list's
 * permission, filters, sort and PII masking are exactly the list's), paged by cursor up to
 * EXPORT_ROW_LIMIT rows, with the `export` grant of the list's resource and of any PII the columns
 * read where the matrix has one; one audit row for every file made.
 */
export async function exportList(ctx: Context, schema: GraphQLSchema, input: ExportListInput): Promise<ExportFile> {
  const service = serviceContext(ctx);
  const list = exportableList(schema, input.list);
  const columns = resolveColumns(list.itemType, input.columns);
  const resource = resourceOfType(list.itemType.name);
  if (resource && hasExportGrant(resource)) assertCan(service.viewer, resource, 'export');
  for (const grant of piiGrantsOf(list.itemType, columns)) assertCan(service.viewer, grant, 'export');
  const filter = parseFilter(input.filter);
  if (filter && !takes(list, 'filter')) throw badUserInput([{ rule: 'notAccepted', field: 'filter', params: { list: list.name } }]);
  const sort = input.sort?.length ? input.sort : null;
  if (sort && !takes(list, 'sort')) throw badUserInput([{ rule: 'notAccepted', field: 'sort', params: { list: list.name } }]);

  const document = listDocument(list, columns);
  const rows: ExportRow[] = [];
  let after: string | null = null;
  let more = true;
  while (more && rows.length < EXPORT_ROW_LIMIT) {
    const variables: Record<string, unknown> = { page: { limit: Math.min(PAGE_SIZE, EXPORT_ROW_LIMIT - rows.length), after } };
    if (takes(list, 'filter')) variables.filter = filter;
    if (takes(list, 'sort')) variables.sort = sort;
    const result = await execute({ schema, document, contextValue: ctx, variableValues: variables });
    if (result.errors?.length) throw listError(result.errors[0]);
    const page = (result.data as { list: { items: ExportRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).list;
    rows.push(...page.items);
    more = page.pageInfo.hasNextPage && page.items.length > 0;
    after = page.pageInfo.endCursor;
    if (more && !after) throw new Error(`${list.name} answered a next page without a cursor`);
  }
  const truncated = more;

  const now = service.clock.now();
  const day = now.toISOString().slice(0, 10);
  const extension = input.format === 'XLSX' ? 'xlsx' : 'csv';
  const body = input.format === 'XLSX' ? await xlsxFile(list.name, columns, rows, ctx.config.businessTimeZone) : csvFile(columns, rows);
  // `<type>Export` as the customer and complaint exports always wrote it (customerExport, contractExport, teamExport).
  await recordExport(service, list.itemType.name.charAt(0).toLowerCase() + list.itemType.name.slice(1), filter, rows.length, now);
  return {
    filename: `${list.name}-${day}${truncated ? `-first-${EXPORT_ROW_LIMIT}` : ''}.${extension}`,
    mimeType: MIME_TYPES[input.format],
    contentBase64: body.toString('base64'),
    rowCount: rows.length,
    truncated,
  };
}
