import { gql } from '@apollo/client';
import type { CallListProgressQuery, LaunchCallListMutation } from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type CallListProgress = NonNullable<CallListProgressQuery['callList']>['progress'];
export type LaunchedCallList = LaunchCallListMutation['launchCallList'];

/** Progress per agent: react-admin's getOne reads the totals, not the nested list. */
export const CALL_LIST_PROGRESS = gql`
  query callListProgress($id: ID!) {
    callList(id: $id) {
      id
      progress { total done unreachable open cancelled agents { agentId agent { id name } total done unreachable open cancelled } }
    }
  }
`;

export const LAUNCH_CALL_LIST = gql`
  mutation launchCallList($id: ID!, $version: Int!, $input: LaunchCallListInput) {
    launchCallList(id: $id, version: $version, input: $input) { id version status customerCount startDate launchedAt callScriptRevision }
  }
`;

export interface CallListMethods {
  callListProgress(id: string): Promise<CallListProgress | null>;
  launchCallList(id: string, version: number, startDate?: string | null): Promise<LaunchedCallList>;
}

export function callListMethods(run: Run): CallListMethods {
  return {
    callListProgress: async (id) => (await run<CallListProgressQuery>('query', CALL_LIST_PROGRESS, { id })).callList?.progress ?? null,
    launchCallList: async (id, version, startDate) =>
      (await run<LaunchCallListMutation>('mutation', LAUNCH_CALL_LIST, { id, version, input: startDate ? { startDate } : null })).launchCallList,
  };
}
