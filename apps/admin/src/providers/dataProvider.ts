import { type DocumentNode, gql } from '@apollo/client';
import type { IntrospectionSchema } from 'graphql';
import type { AttachmentOwnerType } from '@sanxin/domain';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import type { SanxinApolloClient } from './apolloClient';
import { buildOperation, buildQueryFactory, filterInput, selectionFor, sortInput } from './buildQuery';
import { namedTypeOf, printTypeRef, Schema } from './introspection';
import { toReactAdminError, type Translate } from './graphqlErrors';
import { RESOURCES, resourceOfType } from './resources';
import { type HolidayImportMethods, holidayImportMethods } from '../resources/holidays/holidayImportQueries';
import type { AttachmentList } from '../attachments/attachmentApi';
import { type SchedulingMethods, schedulingMethods } from '../scheduling/schedulingQueries';
import { type SettingsMethods, settingsMethods } from '../settings/settingsQueries';
import { type AccountMethods, accountMethods } from '../account/accountQueries';

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

export interface StaffRef {
  id: string;
  name: string;
}

export interface AgentWorkload {
  agent: StaffRef & { jobType: string | null; skillLevel: number };
  customerCount: number;
  awaitingFirstContact: number;
  overdueFirstContacts: number;
}

/** LOAD {customers}, SKILL {skillLevel, required}, JOB_TYPE {jobType}, CURRENT_OWNER. */
export interface SuggestionReason {
  code: string;
  customers?: number | null;
  skillLevel?: number | null;
  required?: number | null;
  jobType?: string | null;
}

export interface RankedAgent {
  agent: StaffRef;
  projectedLoad: number;
  reasons: SuggestionReason[];
}

export interface AssignmentSuggestion {
  customerId: string;
  agents: RankedAgent[];
}

export interface Setting {
  key: string;
  value: number;
  version: number;
}

type WorkflowRecord = Record<string, unknown> & { id: string };

export type ExportableResource = 'customers' | 'complaints';

export type SanxinDataProvider = DataProvider & SchedulingMethods & SettingsMethods & HolidayImportMethods & AccountMethods & {
  /** `exportCustomers`, `exportComplaints`: the server's CSV of a list as filtered (and sorted, where it takes a sort). */
  exportList(resource: ExportableResource, filter: Record<string, unknown>, sort?: { field: string; order: string }): Promise<CsvExport>;
  auditEntries(entity: string, entityId: string): Promise<AuditEntry[]>;
  /** 附件: a record's files the viewer may see, and whether they may add and remove them. */
  attachmentsOf(ownerType: AttachmentOwnerType, ownerId: string): Promise<AttachmentList>;
  agentWorkloads(): Promise<AgentWorkload[]>;
  /** `contracts(filter: { ownerId }) { total }` per owner, in one request; empty when the API has no contracts. */
  contractCounts(ownerIds: string[]): Promise<Record<string, number> | null>;
  assignmentSuggestions(customerIds: string[]): Promise<AssignmentSuggestion[]>;
  assignCustomers(customerIds: string[], agentId: string, reason: string): Promise<WorkflowRecord[]>;
  autoAssign(customerIds: string[], reason: string): Promise<WorkflowRecord[]>;
  settings(): Promise<Setting[]>;
  /**
   * A named workflow mutation (`activateContract`, `quotePartReplacement`, ...) taking the given
   * arguments and returning the record with the same fields the resource's queries select.
   */
  workflow(mutation: string, variables: Record<string, unknown>): Promise<WorkflowRecord>;
  /** Bulk workflow mutations return lists of records. */
  workflowMany(mutation: string, variables: Record<string, unknown>): Promise<WorkflowRecord[]>;
  /** A read-only query returning records of one type (`contractOwnerHistory(contractId)`). */
  records(query: string, variables: Record<string, unknown>): Promise<WorkflowRecord[]>;
  /** 换件处理记录: the timeline of one part replacement, oldest first. */
  partReplacementSteps(id: string): Promise<WorkflowRecord[]>;
  /** Whether the committed schema (or the server) offers an operation: the console adapts to the API it talks to. */
  hasOperation(name: string): Promise<boolean>;
  /** 投诉处理记录: a complaint's timeline, department tasks, proposals and escalations (the lists buildQuery leaves out). */
  complaintDetail(id: string): Promise<ComplaintDetail | null>;
  /** 我的待办: approvals waiting, complaints escalated to me, my urged complaints. */
  myInbox(): Promise<ComplaintInbox>;
};

export interface ComplaintDetail {
  id: string;
  timeline: WorkflowRecord[];
  tasks: WorkflowRecord[];
  proposals: WorkflowRecord[];
  escalations: WorkflowRecord[];
}

export interface ComplaintInbox {
  approvals: WorkflowRecord[];
  escalations: (WorkflowRecord & { complaint: WorkflowRecord | null })[];
  urged: WorkflowRecord[];
}

/** The query field of each kind of record that accepts files. */
const ATTACHMENT_OWNER_QUERY: Record<AttachmentOwnerType, string> = { COMPLAINT: 'complaint', INTERACTION: 'interaction', PART_REPLACEMENT: 'partReplacement', CONTRACT: 'contract' };
const attachmentsQuery = (field: string) =>
  gql(`query attachmentsOf($id: ID!) { ${field}(id: $id) { id canAttach attachments { id version name contentType size url thumbnailUrl createdAt uploadedBy { id name } } } }`);

const AUDIT_ENTRIES = gql`
  query auditEntries($entity: String!, $entityId: ID!) {
    auditEntries(entity: $entity, entityId: $entityId) { id entity entityId action field oldValue newValue at actor { id name } }
  }
`;

const AGENT_WORKLOADS = gql`
  query agentWorkloads {
    agentWorkloads { agent { id name jobType skillLevel } customerCount awaitingFirstContact overdueFirstContacts }
  }
`;

const ASSIGNMENT_SUGGESTIONS = gql`
  query assignmentSuggestions($customerIds: [ID!]!) {
    assignmentSuggestions(customerIds: $customerIds) {
      customerId
      agents { agent { id name } projectedLoad reasons { code customers skillLevel required jobType } }
    }
  }
`;

const SETTINGS = gql`
  query settings { settings { key value version } }
`;

/** One request counting each owner's contracts: `c0: contracts(filter: { ownerId: $o0 }) { total }`, ... */
export function contractCountsQuery(ownerIds: string[]) {
  const declarations = ownerIds.map((_, index) => `$o${index}: ID`).join(', ');
  const fields = ownerIds.map((_, index) => `c${index}: contracts(filter: { ownerId: $o${index} }, page: { limit: 1 }) { total }`).join(' ');
  return {
    query: gql(`query contractCounts(${declarations}) { ${fields} }`),
    variables: Object.fromEntries(ownerIds.map((id, index) => [`o${index}`, id])),
  };
}

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
    methods.map((method) => [
      method,
      (resource: string, params: unknown) => mapErrors((graphqlProvider[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params)),
    ]),
  ) as unknown as DataProvider;

  const schemaOf = async () => new Schema(await graphqlProvider.getIntrospection());
  const hasOperation = async (name: string) => {
    try {
      (await schemaOf()).operation(name);
      return true;
    } catch {
      return false;
    }
  };
  /** Builds `name(args) { fields }` from the schema: arguments typed as declared, the returned type's fields as buildQuery selects them. */
  const runOperation = async (kind: 'query' | 'mutation', name: string, variables: Record<string, unknown>) => {
    const current = await schemaOf();
    const field = current.operation(name);
    const returned = namedTypeOf(field.type);
    const selection = returned.kind === 'OBJECT' ? selectionFor(current, returned.name) : '';
    const built = buildOperation(kind, field, variables, selection);
    const result =
      kind === 'mutation'
        ? await mapErrors(client.mutate({ mutation: built.query, variables: built.variables }))
        : await mapErrors(client.query({ query: built.query, variables: built.variables, fetchPolicy: 'network-only' }));
    return result.data?.[name];
  };
  const workflowMany = (mutation: string, variables: Record<string, unknown>) => runOperation('mutation', mutation, variables) as Promise<WorkflowRecord[]>;

  const run = async <T>(kind: 'query' | 'mutation', document: DocumentNode, variables?: Record<string, unknown>): Promise<T> => {
    const result =
      kind === 'mutation'
        ? await mapErrors(client.mutate({ mutation: document, variables }))
        : await mapErrors(client.query({ query: document, variables, fetchPolicy: 'network-only' }));
    return result.data as T;
  };

  return {
    ...provider,
    // 排班: rosters, requests and their approvals (documents in scheduling/schedulingQueries.ts).
    ...schedulingMethods(run),
    // 系统配置 and 导入节假日 (settings/settingsQueries.ts, resources/holidays/holidayImportQueries.ts).
    ...settingsMethods(run),
    ...holidayImportMethods(run),
    ...accountMethods(run),
    exportList: async (resource, filter, sort) => {
      const schema = await schemaOf();
      const name = `export${resource.charAt(0).toUpperCase()}${resource.slice(1)}`;
      const field = schema.operation(name);
      const args = field.args.filter((arg) => arg.name === 'filter' || arg.name === 'sort');
      const mutation = gql(
        `mutation ${name}(${args.map((arg) => `$${arg.name}: ${printTypeRef(arg.type)}`).join(', ')}) { ${name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) { filename csv rowCount } }`,
      );
      const variables = { filter: filterInput(schema, field, filter), sort: sortInput(schema, field, sort) };
      const result = await mapErrors(client.mutate({ mutation, variables }));
      return result.data[name] as CsvExport;
    },
    agentWorkloads: () =>
      mapErrors(client.query({ query: AGENT_WORKLOADS, fetchPolicy: 'network-only' })).then((result) => result.data.agentWorkloads as AgentWorkload[]),
    contractCounts: async (ownerIds) => {
      if (!(await hasOperation('contracts'))) return null;
      if (ownerIds.length === 0) return {};
      const { query, variables } = contractCountsQuery(ownerIds);
      const result = await mapErrors(client.query({ query, variables, fetchPolicy: 'network-only' }));
      return Object.fromEntries(ownerIds.map((id, index) => [id, (result.data[`c${index}`] as { total: number }).total]));
    },
    assignmentSuggestions: (customerIds) =>
      mapErrors(client.query({ query: ASSIGNMENT_SUGGESTIONS, variables: { customerIds }, fetchPolicy: 'network-only' })).then(
        (result) => result.data.assignmentSuggestions as AssignmentSuggestion[],
      ),
    assignCustomers: (customerIds, agentId, reason) => workflowMany('assignCustomers', { customerIds, agentId, reason }),
    autoAssign: (customerIds, reason) => workflowMany('autoAssign', { customerIds, reason }),
    settings: () => mapErrors(client.query({ query: SETTINGS, fetchPolicy: 'network-only' })).then((result) => result.data.settings as Setting[]),
    workflow: (mutation, variables) => runOperation('mutation', mutation, variables) as Promise<WorkflowRecord>,
    workflowMany: (mutation, variables) => workflowMany(mutation, variables),
    records: (query, variables) => runOperation('query', query, variables) as Promise<WorkflowRecord[]>,
    hasOperation,
    partReplacementSteps: async (id) => {
      const query = gql(`query partReplacementSteps($id: ID!) { partReplacement(id: $id) { id steps { ${selectionFor(await schemaOf(), 'PartReplacementStep')} } } }`);
      const result = await mapErrors(client.query({ query, variables: { id }, fetchPolicy: 'network-only' }));
      return (result.data.partReplacement?.steps ?? []) as WorkflowRecord[];
    },
    complaintDetail: async (id) => {
      const current = await schemaOf();
      const lists = ['timeline', 'tasks', 'proposals', 'escalations'] as const;
      const types = { timeline: 'ComplaintTimelineEntry', tasks: 'ComplaintTask', proposals: 'ComplaintProposal', escalations: 'ComplaintEscalation' };
      const query = gql(`query complaintDetail($id: ID!) { complaint(id: $id) { id ${lists.map((list) => `${list} { ${selectionFor(current, types[list])} }`).join(' ')} } }`);
      const result = await mapErrors(client.query({ query, variables: { id }, fetchPolicy: 'network-only' }));
      return (result.data?.complaint ?? null) as ComplaintDetail | null;
    },
    myInbox: async () => {
      const current = await schemaOf();
      const complaint = selectionFor(current, 'Complaint');
      const query = gql(
        `query myInbox { myInbox { approvals { ${complaint} } urged { ${complaint} } escalations { ${selectionFor(current, 'ComplaintEscalation')} complaint { ${complaint} } } } }`,
      );
      const result = await mapErrors(client.query({ query, fetchPolicy: 'network-only' }));
      return (result.data?.myInbox ?? { approvals: [], escalations: [], urged: [] }) as ComplaintInbox;
    },
    attachmentsOf: async (ownerType, ownerId) => {
      const field = ATTACHMENT_OWNER_QUERY[ownerType];
      const result = await mapErrors(client.query({ query: attachmentsQuery(field), variables: { id: ownerId }, fetchPolicy: 'network-only' }));
      return (result.data?.[field] ?? { canAttach: false, attachments: [] }) as AttachmentList;
    },
    auditEntries: (entity, entityId) =>
      mapErrors(client.query({ query: AUDIT_ENTRIES, variables: { entity, entityId }, fetchPolicy: 'network-only' })).then(
        (result) => result.data.auditEntries as AuditEntry[],
      ),
  };
}
