import { gql } from '@apollo/client';
import { filterInput, sortInput } from '../providers/buildQuery';
import { printTypeRef } from '../providers/introspection';
import type { CsvExportFieldsFragment } from '../graphql/generated';
import { type Run, type SchemaOf, documentOf } from '../providers/operations';

export type ExportableResource = 'customers' | 'complaints';

export type CsvExport = CsvExportFieldsFragment;

const CSV_EXPORT = gql`
  fragment CsvExportFields on CsvExport { filename csv rowCount }
`;

export interface ExportMethods {
  /** `exportCustomers`, `exportComplaints`: the server's CSV of a list as filtered (and sorted, where it takes a sort). */
  exportList(resource: ExportableResource, filter: Record<string, unknown>, sort?: { field: string; order: string }): Promise<CsvExport>;
}

export function exportMethods(run: Run, schemaOf: SchemaOf): ExportMethods {
  return {
    exportList: async (resource, filter, sort) => {
      const schema = await schemaOf();
      const name = `export${resource.charAt(0).toUpperCase()}${resource.slice(1)}`;
      const field = schema.operation(name);
      const args = field.args.filter((arg) => arg.name === 'filter' || arg.name === 'sort');
      const mutation = documentOf(
        `mutation ${name}(${args.map((arg) => `$${arg.name}: ${printTypeRef(arg.type)}`).join(', ')}) { ${name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) { ...CsvExportFields } }`,
        CSV_EXPORT,
      );
      const variables = { filter: filterInput(schema, field, filter), sort: sortInput(schema, field, sort) };
      return (await run<Record<string, CsvExport>>('mutation', mutation, variables))[name];
    },
  };
}
