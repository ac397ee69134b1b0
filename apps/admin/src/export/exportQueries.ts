import { gql } from '@apollo/client';
import { filterInput, sortInput } from '../providers/buildQuery';
import type { ExportListMutation, ExportListMutationVariables } from '../graphql/generated';
import type { Run, SchemaOf } from '../providers/operations';
import type { ExportColumn } from './exportTitles';

export type ExportFormat = ExportListMutationVariables['input']['format'];
export type ExportFile = ExportListMutation['exportList'];

const EXPORT_LIST = gql`
  mutation ExportList($input: ExportListInput!) {
    exportList(input: $input) {
      filename
      mimeType
      contentBase64
      rowCount
      truncated
    }
  }
`;

export interface ExportMethods {
  /**
   * `exportList`: the list as the server makes it for this viewer (its own query: permissions,
   * masking, filter and sort), as CSV or Excel, with these columns; audited.
   */
  exportList(
    list: string,
    filter: Record<string, unknown>,
    sort: { field: string; order: string } | undefined,
    columns: ExportColumn[],
    format: ExportFormat,
  ): Promise<ExportFile>;
}

export function exportMethods(run: Run, schemaOf: SchemaOf): ExportMethods {
  return {
    exportList: async (list, filter, sort, columns, format) => {
      const schema = await schemaOf();
      const field = schema.operation(list);
      const variables: ExportListMutationVariables = {
        input: {
          list,
          filter: JSON.stringify(filterInput(schema, field, filter)),
          sort: (sortInput(schema, field, sort) ?? null) as ExportListMutationVariables['input']['sort'],
          columns,
          format,
        },
      };
      return (await run<ExportListMutation>('mutation', EXPORT_LIST, variables)).exportList;
    },
  };
}
