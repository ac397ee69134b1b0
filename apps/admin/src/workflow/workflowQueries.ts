import { type OperationRecord, type Run, runNamed, type SchemaOf } from '../providers/operations';

export interface WorkflowMethods {
  /**
   * A named workflow mutation (`activateContract`, `quotePartReplacement`, ...) taking the given
   * arguments and returning the record with the same fields the resource's queries select.
   */
  workflow(mutation: string, variables: Record<string, unknown>): Promise<OperationRecord>;
  /** Bulk workflow mutations return lists of records. */
  workflowMany(mutation: string, variables: Record<string, unknown>): Promise<OperationRecord[]>;
  /** A read-only query returning records of one type (`contractOwnerHistory(contractId)`). */
  records(query: string, variables: Record<string, unknown>): Promise<OperationRecord[]>;
}

export function workflowMethods(run: Run, schemaOf: SchemaOf): WorkflowMethods {
  return {
    workflow: (mutation, variables) => runNamed(run, schemaOf, 'mutation', mutation, variables),
    workflowMany: (mutation, variables) => runNamed(run, schemaOf, 'mutation', mutation, variables),
    records: (query, variables) => runNamed(run, schemaOf, 'query', query, variables),
  };
}
