import { gql } from '@apollo/client';
import type { CallScriptDetailQuery } from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type CallScriptDetail = NonNullable<CallScriptDetailQuery['callScript']>;
export type CallScriptRevisionDetail = CallScriptDetail['revisions'][number];

/** A script with what react-admin's getOne leaves out: its steps, phrases and every revision. */
export const CALL_SCRIPT_DETAIL = gql`
  query callScriptDetail($id: ID!) {
    callScript(id: $id) {
      id version callType name active revision
      steps { kind branch text }
      phrases { situation text }
      revisions { id revision name createdAt author { id name } steps { kind branch text } phrases { situation text } }
    }
  }
`;

export interface CallScriptMethods {
  callScriptDetail(id: string): Promise<CallScriptDetail | null>;
}

export function callScriptMethods(run: Run): CallScriptMethods {
  return {
    callScriptDetail: async (id) => (await run<CallScriptDetailQuery>('query', CALL_SCRIPT_DETAIL, { id })).callScript ?? null,
  };
}
