import { gql } from '@apollo/client';
import type { IntrospectionSchema } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import type { SanxinApolloClient } from './apolloClient';
import { buildQueryFactory, filterInput } from './buildQuery';
import { Schema } from './introspection';
import { toReactAdminError, type Translate } from './graphqlErrors';
import { RESOURCES, resourceOfType } from './resources';

export interface AuditEntry {
  id: string;
  entity: string;
  entityId: string;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  at: string;
  actor: { id: string; name: string } | null;
}

export interface CsvExport {
  filename: string;
  csv: string;
  rowCount: number;
}

export type SanxinDataProvider = DataProvider & {
  exportCustomers(filter: Record<string, unknown>): Promise<CsvExport>;
  auditEntries(entity: string, entityId: string): Promise<AuditEntry[]>;
};

const EXPORT_CUSTOMERS = gql`
  mutation exportCustomers($filter: CustomerFilter) {
    exportCustomers(filter: $filter) { filename csv rowCount }
  }
`;

const AUDIT_ENTRIES = gql`
  query auditEntries($entity: String!, $entityId: ID!) {
    auditEntries(entity: $entity, entityId: $entityId) { id entity entityId action field oldValue newValue at actor { id name } }
  }
`;

export const operationNames = {
  [GET_LIST]: (type: { name: string }) => resourceOfType(type.name) ?? '',
  [GET_MANY]: (type: { name: string }) => resourceOfType(type.name) ?? '',
  [GET_MANY_REFERENCE]: (type: { name: string }) => resourceOfType(type.name) ?? '',
  [GET_ONE]: (type: { name: string }) => {
    const resource = resourceOfType(type.name);
    return resource ? RESOURCES[resource].one : '';
  },
  [CREATE]: (type: { name: string }) => `create${type.name}`,
  [UPDATE]: (type: { name: string }) => `update${type.name}`,
  [DELETE]: (type: { name: string }) => `delete${type.name}`,
};

export interface DataProviderOptions {
  client: SanxinApolloClient;
  translate: Translate;
  /** Introspection result to use instead of asking the server. */
  schema?: IntrospectionSchema;
}

export function createDataProvider({ client, translate, schema }: DataProviderOptions): SanxinDataProvider {
  const graphqlProvider = buildGraphQLProvider({
    client,
    buildQuery: buildQueryFactory,
    introspection: { operationNames, ...(schema ? { schema } : {}) },
  });
  const mapErrors = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      throw toReactAdminError(error, translate);
    });

  const methods = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete', 'updateMany', 'deleteMany'] as const;
  const provider = Object.fromEntries(
    methods.map((method) => [method, (resource: string, params: unknown) => mapErrors((graphqlProvider[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params))]),
  ) as unknown as DataProvider;

  return {
    ...provider,
    exportCustomers: async (filter) => {
      const schema = new Schema(await graphqlProvider.getIntrospection());
      const variables = { filter: filterInput(schema, schema.operation('exportCustomers'), filter) };
      const result = await mapErrors(client.mutate({ mutation: EXPORT_CUSTOMERS, variables }));
      return result.data.exportCustomers as CsvExport;
    },
    auditEntries: (entity, entityId) =>
      mapErrors(client.query({ query: AUDIT_ENTRIES, variables: { entity, entityId }, fetchPolicy: 'network-only' })).then(
        (result) => result.data.auditEntries as AuditEntry[],
      ),
  };
}
